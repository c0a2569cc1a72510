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
    var import_k652 = __toESM(require_k6(), 1);
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
export {
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  spikeUsers,
  teardown2 as teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL3NwaWtlLnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCAiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL2xvYWQvcGhhc2VzLnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlLW1hdGgudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgImdsdWU6Z2x1ZTpzcGlrZSIsICIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsICIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2VudHJpZXMudHMiLCAiazYtb25jZTprNiIsICJrNi1vbmNlOms2L2V4ZWN1dGlvbiIsICJrNi1vbmNlOms2L2h0dHAiLCAiazYtb25jZTprNi9tZXRyaWNzIiwgIms2LW9uY2U6azYvZGF0YSIsICIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYtbG9hZC1zaWRlLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC50cyIsICJrNi1vbmNlOms2L3NlY3JldHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwgIi4uL3NjZW5hcmlvcy9zcGlrZS50cyIsICJlbnRyeTplbnRyeTpzcGlrZSJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsUUFBQSxhQUFBQSxZQUFBO01BQUEsY0FBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsSUFBSTtBQUM1REEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxvQkFBQUYsWUFBQTtNQUFBLHdCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxjQUFjO0FBQ3RFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGdCQUFBLENBQUE7QUFBQSxhQUFBLGVBQUE7TUFBQSxlQUFBLE1BQUFDO01BQUEsU0FBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsWUFBQSxNQUFBQztNQUFBLFVBQUEsTUFBQUM7SUFBQSxDQUFBO0FBQUEsV0FBQSxVQUFBLGFBQUEsYUFBQTtBQ2lDTyxRQUFNQyxtQkFBcUMsT0FBTyxPQUFPO01BQzlELFVBQVU7TUFDVixVQUFVO01BQ1YsYUFBYTtNQUNiLGFBQWE7TUFDYixZQUFZO01BQ1osY0FBYztNQUNkLGFBQWE7TUFDYixXQUFXO01BQ1gsY0FBYztNQUNkLFVBQVU7TUFDVixZQUFZO01BQ1osc0JBQXNCO0lBQ3hCLENBQUM7QUNyQ00sUUFBTUMsU0FBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxRQUFNQyxrQkFBTixjQUE2QixNQUFNO01BQy9CLE9BQU87SUFDbEI7QUFNTyxhQUFTQyxlQUFjQyxPQUFjLE1BQXdCO0FBQ2xFLFlBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxZQUFNQyxTQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxjQUFNLElBQUlILGdCQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtNQUNyRjtBQUNBLFVBQUk7QUFDSixVQUFJLFFBQVE7QUFDWixZQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixZQUFNLE9BQU9FLE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsWUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixZQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsY0FBTSxTQUFtQixDQUFDO0FBQzFCLFlBQUksUUFBUTtBQUNaLFlBQUksU0FBUztBQUNiLFlBQUksWUFBWTtBQUNoQixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxnQkFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixjQUFJLFFBQVE7QUFDVixnQkFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLHVCQUFTO0FBQ1Q7WUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO2dCQUMxQixVQUFTO1VBQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLG1CQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLG9CQUFRO0FBQ1Isd0JBQVk7VUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLHFCQUFTLFlBQVk7QUFDckIsb0JBQVE7VUFDVixNQUFPLFVBQVM7UUFDbEI7QUFDQSxZQUFJLE9BQVFDLENBQUFBLE9BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFlBQUksQ0FBQyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLGdCQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxjQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNEQSxZQUFBQSxPQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7VUFDaEg7QUFDQSxvQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGtCQUFRLE9BQU87QUFDZjtRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsTUFBT0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxjQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxjQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxjQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsWUFBSSxVQUFVLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsWUFBSSxhQUFhLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsWUFBSSxDQUFFSixPQUE0QixTQUFTLElBQUk7QUFDN0NJLFVBQUFBLE9BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsWUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBR0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxhQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsaUJBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUNqRDtBQUNBLFVBQUksQ0FBQyxRQUFTQSxDQUFBQSxPQUFLLEdBQUcscUZBQXFGO0FBQzNHLGFBQU87SUFDVDtBQUdPLGFBQVNDLGVBQWMsTUFBYyxNQUF5QjtBQUNuRSxZQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsWUFBTSxXQUFXO0FBQ2pCLGlCQUFXQyxVQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLGNBQU0sUUFBUSxvQ0FBb0MsS0FBS0EsTUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJTCxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU1LLE1BQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxjQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztNQUMzQztBQUNBLFVBQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsY0FBTSxJQUFJTCxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLGFBQU87SUFDVDtBQUdPLGFBQVNNLFdBQVUsTUFBWSxHQUFtQjtBQUN2RCxhQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDOUM7QUFHTyxhQUFTQyxxQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csaUJBQVcsUUFBUVIsUUFBTztBQUN4QixZQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsaUJBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztRQUc5RztNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT08sYUFBU1MsV0FBVSxXQUE0RDtBQUNwRixVQUFJLFFBQVE7QUFDWixpQkFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsY0FBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxjQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsWUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO2lCQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtpQkFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtZQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUMxRk8sUUFBTUMsZUFBTixjQUEwQixNQUFNO01BQzVCLE9BQU87SUFDbEI7QUFHTyxRQUFNQyxpQkFBZ0IsS0FBSztBQUMzQixRQUFNQyxtQkFBa0I7QUFJL0IsYUFBU0MsS0FBSSxLQUFVLE1BQWtDO0FBQ3ZELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsYUFBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7SUFDdEQ7QUFFQSxhQUFTVCxNQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxZQUFNLElBQUlNLGFBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtJQUN4RjtBQUVBLGFBQVNJLFVBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsYUFBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLGNBQU0sUUFBUUQsS0FBSSxLQUFLLElBQUk7QUFDM0IsWUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxjQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsWUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxDQUFBVCxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLGNBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsWUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCVSxVQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxRQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCQSxVQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixRQUFNQyxVQUFTRCxVQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxRQUFNRSxZQUFXRixVQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxRQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxDQUFBVixNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsYUFBTztJQUNUO0FBRUEsYUFBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsWUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsVUFBSSxDQUFDLE1BQU8sQ0FBQVQsTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLGFBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtJQUNqQztBQUVBLGFBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQ1AsV0FBU0EsT0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUNBLFdBQVMsQ0FBQyxRQUFRLEtBQUtBLE1BQUksQ0FBQyxFQUFHLENBQUFGLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsWUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsVUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsYUFBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0lBQ2pDO0FBRUEsYUFBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxZQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxZQUFNLFdBQVc7QUFDakIsVUFBSSxDQUFDLE1BQU8sQ0FBQVQsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxZQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixZQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsVUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsYUFBTyxFQUFFLEtBQUssSUFBSTtJQUNwQjtBQUVBLGFBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixVQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxhQUFPVCxNQUFLLE1BQU0sT0FBTyxlQUFlO0lBQzFDO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxVQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxRQUFBVCxNQUFLLE1BQU0sT0FBTyxzRkFBc0Y7TUFDMUc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csYUFBTztRQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7UUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO01BQzVEO0lBQ0Y7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELFVBQUk7QUFDRixlQUFPUixlQUFjLE9BQU8sSUFBSTtNQUNsQyxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUlLLGFBQVksaUJBQWlCVCxrQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO01BQ3ZGO0lBQ0Y7QUFFQSxhQUFTLFFBQVEsS0FBNkI7QUFDNUMsWUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxZQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsVUFBSSxZQUFZO0FBQ2QsUUFBQUcsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxhQUFPO1FBQ0w7UUFDQTtRQUNBLFFBQVEsS0FBSyxLQUFLLDRCQUE0QjtRQUM5QyxnQkFBZ0IsS0FBSyxLQUFLLHNDQUFzQztNQUNsRTtJQUNGO0FBR08sYUFBUyxZQUFZLEtBQWtCO0FBQzVDLFlBQU0sSUFBSUw7QUFDVixZQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixZQUFNLFVBQVUsUUFBUSxHQUFHWSxjQUFhO1FBQ3RDO1FBQ0E7UUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztNQUNyRDtBQUNBLGFBQU87UUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtRQUNyRCxPQUFPO1VBQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7VUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1VBQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtRQUM3RTtRQUNBO1FBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztRQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtRQUNoRTtRQUNBLFdBQVcsUUFBUSxHQUFHQyxnQkFBZSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztRQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7UUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO1FBQ25ELGVBQWVFLFVBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztRQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7UUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztRQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7UUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO1FBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtRQUN2RCxTQUFTO1VBQ1AsVUFBVUMsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsVUFBVUEsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsWUFBWUEsUUFBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7VUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtVQUM3RixhQUFhQyxVQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztVQUNsRSxXQUFXQSxVQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztVQUM1RCxjQUFjRjtZQUNaO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7VUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtVQUN6RSxZQUFZQSxVQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtVQUM5RixzQkFBc0JBO1lBQ3BCO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtRQUNyRTtRQUNBLFdBQVdELEtBQUksS0FBSyx3QkFBd0IsS0FBSztRQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO1FBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtRQUNyRCxTQUFTLFFBQVEsR0FBRztNQUN0QjtJQUNGO0FBR0EsYUFBUyxPQUFPLFNBQXlCO0FBQ3ZDLFlBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELGNBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0lBQ3hDO0FBRUEsYUFBUyxXQUFXLE1BQXVCO0FBQ3pDLGFBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtJQUNuSDtBQU1PLGFBQVMsb0JBQW9CSSxVQUFnQixPQUFxQjtBQUN2RSxZQUFNLE9BQU8sT0FBT0EsU0FBTyxPQUFPO0FBQ2xDLFVBQUksV0FBVyxJQUFJLEtBQUtBLFNBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxZQUFNLElBQUlQO1FBQ1Isb0JBQW9CLEtBQUssYUFBYU8sU0FBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO01BQ2hGO0lBQ0Y7QUFNTyxhQUFTQyxXQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixZQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsYUFBT0osVUFBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtJQUN6RjtBQy9PQSxRQUFNSyxnQkFBZSxDQUFDLG9CQUFvQixnQkFBZ0Isb0JBQW9CLGlCQUFpQjtBQUt4RixRQUFNQyxpQkFBZ0I7QUFFN0IsUUFBTUMsZUFBYztBQUlwQixRQUFNQyxnQkFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBQ2pILFFBQU1DLGVBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQUU3RSxRQUFNakIsUUFBTyxDQUFDLE9BQWUsT0FBZSxRQUMxQyxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFnRHZELFFBQU1rQixjQUFhO01BQ3hCLE9BQU87TUFDUCxRQUF3QixnQkFBQUwsY0FBYSxLQUFLLElBQUk7TUFDOUMsS0FBSyxDQUFDTSxhQUFZO0FBRWhCLGNBQU0sT0FBTyxLQUFLLElBQUksR0FBR0EsV0FBVSxJQUFJTCxjQUFhO0FBQ3BELGNBQU0sQ0FBQyxVQUFVLE1BQU0sVUFBVSxPQUFPLElBQUlEO0FBQzVDLGVBQU87VUFDTCxDQUFDLFFBQVEsR0FBR2IsTUFBSyxNQUFNLElBQUksR0FBR2UsWUFBVztVQUN6QyxDQUFDLElBQUksR0FBR2YsTUFBSyxNQUFNLElBQUksR0FBR2UsWUFBVztVQUNyQyxDQUFDLFFBQVEsR0FBR2YsTUFBSyxNQUFNLElBQUksR0FBR2UsWUFBVztVQUN6QyxDQUFDLE9BQU8sR0FBR2YsTUFBSyxNQUFNLElBQUksR0FBR2UsWUFBVztRQUMxQztNQUNGO01BQ0EsU0FBUztNQUNULFVBQVUsQ0FBQyxLQUFLSixhQUFXO0FBQ3pCLGNBQU1RLFdBQVUsQ0FBQyxNQUFjLGFBQXFCUCxXQUFVLEtBQUssTUFBTSxVQUFVSSxjQUFhLEdBQUdELFlBQVcsQ0FBQztBQUMvRyxjQUFNLENBQUMsVUFBVSxNQUFNLFVBQVUsT0FBTyxJQUFJRjtBQUM1QyxlQUFPO1VBQ0wsV0FBV0Q7WUFDVDtZQUNBO1lBQ0EsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNRCxTQUFPLGtCQUFrQixFQUFFLENBQUM7WUFDbkRNLGFBQVksR0FBRyxHQUFPO1VBQ3hCO1VBQ0EsUUFBUUwsV0FBVSxLQUFLLGdCQUFnQixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSyxDQUFDO1VBQy9ELFdBQVdPLFNBQVEsVUFBVSxFQUFFO1VBQy9CLE9BQU9BLFNBQVEsTUFBTSxFQUFFO1VBQ3ZCLFdBQVdBLFNBQVEsVUFBVSxFQUFFO1VBQy9CLFVBQVVBLFNBQVEsU0FBUyxFQUFFO1VBQzdCLGdCQUFnQlAsV0FBVSxLQUFLLHlCQUF5QixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSyxDQUFDO1FBQ2xGO01BQ0Y7SUFDRjtBQzVGQSxRQUFJO0FBQ0osUUFBTSxVQUFVLE1BQ2IsYUFBYTtNQUNaLFlBQVk7TUFDWixTQUFTO01BQ1QsWUFBWTtJQUNkO0FBR0ssYUFBU1EsV0FBVSxRQUFnQixNQUF1QztBQUMvRSxVQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFlBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsVUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxZQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxnQkFBTSxJQUFJO1lBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07VUFDMUM7UUFDRjtNQUNGO0FBQ0EsYUFBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0lBQ2hGO0FBR08sYUFBUyxXQUFXLE1BQW1EO0FBQzVFLFlBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxVQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsY0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7TUFDbEY7QUFDQSxVQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSztBQUM3QixjQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEcsYUFBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztJQUM1QztBQUVBLGFBQVMsS0FBSyxNQUF5QjtBQUNyQyxZQUFNdkIsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTd0IsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1ELFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1FLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDc0RsRSxRQUFNQyx1QkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87QUFHM0YsYUFBU0MsYUFBWUMsT0FBYyxRQUFpRCxXQUFXLEdBQWE7QUFDakgsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFBQTtRQUNBO1FBQ0EsUUFBUSxPQUFPLElBQUksQ0FBQyxPQUFPLEVBQUUsVUFBVSxHQUFHLEVBQUUsU0FBUyxLQUFLLFFBQVEsRUFBRSxPQUFPLEVBQUU7UUFDN0Usa0JBQWtCO1FBQ2xCLGNBQWM7TUFDaEI7SUFDRjtBQ3pHQSxRQUFBQyxhQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLG9CQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxlQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGtCQUErQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ04vQixRQUFBQyxlQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDRHJCLFFBQU1DLGlCQUFnQjtBREt0QixRQUFNcEIsVUFBaUIsWUFBWSxLQUFLO0FBRS9DLFFBQUltQixhQUFBLFlBQVlDLGdCQUFlLE1BQU0sQ0FBQ3BCLE9BQU0sQ0FBQztBQUd0QyxhQUFTcUIsZUFBYyxPQUF1QjtBQUNuRCwwQkFBb0JyQixTQUFRLEtBQUs7QUFDakMsYUFBT0E7SUFDVDtBRERBLGFBQVNzQixrQkFBaUI7QUFDeEIsYUFBTzs7UUFFTCxZQUFZLElBQUlKLGdCQUFBLE1BQU0sb0JBQW9COztRQUUxQyxpQkFBaUIsSUFBSUEsZ0JBQUEsTUFBTSwwQkFBMEI7O1FBRXJELFVBQVUsSUFBSUEsZ0JBQUEsTUFBTSxrQkFBa0I7O1FBRXRDLGdCQUFnQixJQUFJQSxnQkFBQSxRQUFRLHdCQUF3Qjs7UUFFcEQsY0FBYyxJQUFJQSxnQkFBQSxNQUFNLGlDQUFpQztNQUMzRDtJQUNGO0FBR0EsUUFBTUssVUFBUyxTQUFTLEtBQUt2QixRQUFPLGVBQWUsU0FBWXNCLGdCQUFlLElBQUk7QUFXbEYsUUFBTUUsUUFBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLFFBQUlDLFVBQVM7QUFDYixRQUFJQztBQUNKLFFBQUlDLGNBQWE7QUFNakIsYUFBU0MsV0FBVSxZQUFvQixPQUFxQztBQUMxRSxZQUFNLE1BQU1YLGFBQUFZLFFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztRQUN0RSxHQUFHTDtRQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO01BQ2hELENBQVU7QUFDVixhQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztJQUM5QztBQUdBLFFBQU0sU0FBUztBQVVSLGFBQVNNLG1CQUFrQixXQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztRQUM5QyxjQUFjLEdBQUcsTUFBTTtRQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztNQUNuQztJQUNGO0FBRUEsYUFBU0MsT0FBUyxNQUE4QjtBQUM5QyxVQUFJO0FBQ0YsZUFBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO01BQzlELFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQVNPLGFBQVNyRCxlQUFjLFlBQTBCO0FBRXRELFVBQUksQ0FBQ2lELFlBQVksQ0FBQUEsY0FBYUMsV0FBVSxZQUFZLE1BQU07QUFDMUQsaUJBQVM7QUFDUCxjQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUFJLFVBQVMsVUFBVTtBQUNuQixTQUFBLEdBQUFqQixXQUFBLE9BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxZQUFJQyxrQkFBQUYsUUFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxZQUFJRSxrQkFBQUYsUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFjLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLE1BQUFJLFVBQVMsVUFBVTtJQUNyQjtBQUVBLGFBQVNBLFVBQVMsWUFBMEI7QUFDMUMsWUFBTSxNQUFNZixhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQkosT0FBTSxJQUFJRCxLQUFhO0FBQzNFLFlBQU0sT0FDSixJQUFJLFdBQVcsTUFBTU8sT0FBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsUUFBQVIsUUFBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtNQUNGO0FBQ0EsVUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFlBQUlHLGdCQUFlLFVBQWEsS0FBSyxTQUFTQSxZQUFZLENBQUFILFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBU0csV0FBVTtBQUM3RyxRQUFBQSxjQUFhLEtBQUs7TUFDcEI7QUFDQSxpQkFBV08sV0FBVSxLQUFLLFNBQVM7QUFDakMsUUFBQVIsVUFBUyxLQUFLLElBQUlBLFNBQVFRLFFBQU8sR0FBRztBQUNwQyxZQUFJQSxRQUFPLFVBQVUsVUFBYUEsUUFBTyxVQUFVLE9BQVE7QUFDM0QsUUFBQVYsUUFBUSxXQUFXLElBQUlVLFFBQU8sV0FBVztBQUN6QyxRQUFBVixRQUFRLGdCQUFnQixJQUFJVSxRQUFPLGlCQUFpQjtBQUNwRCxRQUFBVixRQUFRLFNBQVMsSUFBSVUsUUFBTyxTQUFTO01BQ3ZDO0FBR0EsVUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixRQUFBakIsa0JBQUFGLFFBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtJQUN2RjtBQU9PLGFBQVNvQixTQUFRLFlBQTBCO0FBQ2hELE1BQUFOLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZTCxLQUFhO0FBQzNELFlBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTU8sT0FBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsVUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsUUFBQVIsUUFBUSxhQUFhLElBQUksUUFBUSx3QkFBd0I7SUFDN0Q7QUFlTyxhQUFTWSxlQUFjLFFBQWdDO0FBQzVELFlBQU0sUUFBZ0I7UUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtRQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO01BQ2pHO0FBQ0EsVUFBSSxPQUFPLG1CQUFtQjtBQUM1QixjQUFNLEtBQUs7VUFDVCxRQUFRO1VBQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO1FBQ2hFLENBQUM7QUFDSCxVQUFJLE9BQU87QUFDVCxjQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxhQUFPO0lBQ1Q7QUc3S0EsUUFBQWhCLGdCQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQzVCLFFBQUFILHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQXFCakIsYUFBU29CLFVBQVMsTUFBc0I7QUFDdEMsVUFBSTtBQUNGLGVBQU8sS0FBSyxJQUFJO01BQ2xCLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSTtVQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztRQUNqRTtNQUNGO0lBQ0Y7QUFFQSxhQUFTQyxVQUFTLE1BQW9CO0FBRXBDLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVF0RDtBQUNqQixlQUFPLElBQUksSUFBSSxJQUFJdUQsY0FBQTtVQUNqQixTQUFTLElBQUk7VUFDYixNQUFNckQsZUFBY21ELFVBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO1FBQ2hEO0FBQ0YsYUFBTztRQUNMLFFBQVEsMEJBQTBCLElBQUk7UUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO1FBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztNQUM5QztJQUNGO0FBRUEsYUFBU0csVUFBU3ZDLFVBQXNCO0FBQ3RDLFVBQUlBLFNBQU8sVUFBVyxRQUFPcUMsVUFBU3JDLFNBQU8sU0FBUztBQUN0RCxZQUFNLFFBQVFBLFNBQU87QUFDckIsVUFBSUEsU0FBTyxXQUFXO0FBQ3BCLGVBQU87VUFDTCxRQUFRO1VBQ1IsT0FBT0EsU0FBTztVQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU9WLFdBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO1FBQ3JGO01BQ0Y7QUFDQSxhQUFPO1FBQ0wsUUFBUTtRQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtRQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztNQUM3RTtJQUNGO0FBR08sYUFBU2tELGFBQVlDLFFBQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFlBQU0sT0FBT0QsT0FBSyxNQUFNLElBQUk7QUFDNUIsYUFBTyxTQUFTLElBQUksU0FBWUEsT0FBSyxRQUFRLE9BQU9FLG1CQUFBN0IsUUFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNNEIsY0FBYTtJQUNqRztBQUdPLGFBQVNFLGdCQUFlSCxRQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFlBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxpQkFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsWUFBTSxVQUFVbEQscUJBQW9Ca0QsT0FBSyxPQUFPLFFBQVFBLE9BQUssTUFBTTtBQUNuRSxVQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztJQUN0QztBQUdPLFFBQU1BLFFBQWFGLFVBQVN2QyxPQUFTO0FDOUU1QyxRQUFBZSxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxnQkFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBNEIsa0JBQW9CLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTHBCLFFBQUE5QixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUE4RCxRQUFBLGFBQUEsR0FBQSxDQUFBO0FDa0J2RCxRQUFNNkIsYUFBWTtBQ0xsQixhQUFTQyxTQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsWUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxjQUFRLFVBQVU7UUFDaEIsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sZ0JBQWdCLE9BQU87UUFDaEMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztRQUNyRCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO01BQ1g7SUFDRjtBQUdBLFFBQU1DLGNBQXVDO01BQzNDLFFBQVE7TUFDUixPQUFPO01BQ1AsY0FBYztNQUNkLGVBQWU7TUFDZixZQUFZO01BQ1osZUFBZTtNQUNmLGVBQWU7TUFDZixpQkFBaUI7TUFDakIsU0FBUztNQUNULGFBQWE7TUFDYixlQUFlO01BQ2YsYUFBYTtNQUNiLFlBQVk7TUFDWixhQUFhO0lBQ2Y7QUFJQSxRQUFNQyxrQkFBOEUsQ0FBQztBQUc5RSxhQUFTQyxhQUFZLFVBQXNEO0FBQ2hGLFVBQUksT0FBT0QsZ0JBQWUsUUFBUTtBQUNsQyxVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxPQUFPSCxZQUFXLE1BQU1FLFlBQVcsUUFBUSxFQUFFO0FBQ2hFLFFBQUFDLGdCQUFlLFFBQVEsSUFBSTtNQUM3QjtBQUNBLGFBQU87SUFDVDtBRjJCQSxRQUFNRSxRQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLFFBQU1DLFdBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsYUFBU0MsVUFBUyxPQUFrQixPQUF1QjtBQUN6RCxjQUFRLE9BQU87UUFDYixLQUFLO0FBQ0gsaUJBQU8sTUFBTSxRQUFRLE1BQU07UUFDN0IsS0FBSyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtRQUNoRDtRQUNBLEtBQUs7QUFDSCxpQkFBT0QsU0FBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDaEUsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUN4RCxLQUFLO0FBQ0gsaUJBQU9BLE1BQUssTUFBTSxJQUFJLENBQUMsS0FBS0MsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUN6RCxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxRQUFRLENBQUM7UUFDN0IsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWUMsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUMzRSxLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtRQUNyQyxLQUFLLGFBQWE7QUFDaEIsZ0JBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7UUFDNUU7TUFDRjtJQUNGO0FBU0EsYUFBU0UsUUFBTyxLQUF3QjtBQUN0QyxhQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0lBQ2xFO0FBR0EsUUFBSUM7QUFFSixRQUFNQyxhQUFtQixDQUFDLFNBQVM7QUFDakMsVUFBSTtBQUNGLGVBQU9ELFNBQVMsS0FBSyxJQUFJLEtBQUs7TUFDaEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTUUsY0FBTixNQUF5QztNQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQTtBQUNRLGFBQUEsTUFBQTtNQUNoQjtNQUhRO01BQ0E7TUFDUTtNQUxYLFNBQVM7TUFDVDtNQU9SLElBQUksT0FBc0I7QUFDeEIsWUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsZUFBSyxRQUFRQyxXQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGVBQUssU0FBUztRQUNoQjtBQUNBLGVBQU8sS0FBSztNQUNkO0lBQ0Y7QUFHQSxhQUFTQSxXQUFVLE1BQXdCO0FBQ3pDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFjO01BQ2xDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUtBLFFBQU1DLG1CQUE0RSxDQUFDO0FBQ25GLGFBQVNDLGNBQWEsUUFBMEQ7QUFDOUUsVUFBSSxXQUFXRCxpQkFBZ0IsTUFBTTtBQUNyQyxVQUFJLGFBQWEsUUFBVztBQUMxQixtQkFBV0UsY0FBQWhDLFFBQUssaUJBQWlCLE1BQU07QUFDdkMsUUFBQThCLGlCQUFnQixNQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJRztBQUNHLGFBQVNDLGlCQUFnQixNQUF5QztBQUN2RSxNQUFBRCxZQUFXO0lBQ2I7QUFPQSxRQUFNRSxXQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsUUFBTUMsYUFBeUYsQ0FBQztBQUVoRyxhQUFTQyxXQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLFVBQUksTUFBTUQsV0FBVSxRQUFRO0FBQzVCLFVBQUksQ0FBQyxLQUFLO0FBQ1IsY0FBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixZQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsY0FBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxRQUFBQSxXQUFVLFFBQVEsSUFBSTtNQUN4QjtBQUNBLGFBQU87SUFDVDtBQUlPLFFBQU1FLGFBQU4sTUFBTSxXQUFVO01BT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCLGFBQUEsVUFBQTtBQUVBLGFBQUEsUUFBQTtBQUVqQixhQUFLLFVBQVUsR0FBRyxRQUFRO01BQzVCO01BTG1CO01BRUE7O01BUm5CLGVBQWU7TUFDRTs7TUFFQSxTQUE0QyxDQUFDOztNQVc5RCxHQUFHLE9BQTBCO0FBQzNCLGVBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztNQUM3RTtNQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsWUFBSUMsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxZQUFJLENBQUNBLFNBQVE7QUFDWCxnQkFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLGNBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxjQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1REEsb0JBQVM7WUFDUDtZQUNBLE1BQU1sQixhQUFZLFFBQVE7WUFDMUIsU0FBUyxLQUFLO1lBQ2Qsa0JBQWtCVSxjQUFhLFFBQVE7VUFDekM7QUFFQSxjQUFJLENBQUMsVUFBV1EsU0FBTyxlQUFlO0FBQ3RDLGVBQUssT0FBTyxRQUFRLElBQUlBO1FBQzFCO0FBQ0EsZUFBT0E7TUFDVDtNQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLGNBQU0sY0FBYyxZQUFZO0FBQ2hDLGNBQU0sTUFBTVAsY0FBQWhDLFFBQUs7VUFDZjtVQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtVQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7VUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztRQUNyRTtBQUVBLGNBQU0sU0FBUyxJQUFJO0FBQ25CLGNBQU0sV0FBVyxXQUFXO0FBQzVCLFlBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxZQUFJLFVBQVUsQ0FBQztBQUNmLFlBQUksU0FBUyxVQUFVO0FBQ3JCLFVBQUEwQixXQUFVO0FBQ1Ysb0JBQVVELFFBQU8sR0FBRyxLQUFLRCxVQUFTLE9BQU9HLFVBQVM7QUFDbEQsVUFBQUQsV0FBVTtRQUNaO0FBQ0EsUUFBQVMsU0FBUSxXQUFXO0FBQ25CLFFBQUFBLFNBQVEsVUFBVTtBQUNsQixjQUFNLEVBQUUsUUFBUSxLQUFLLElBQUlFLFdBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxjQUFNLE1BQUEsR0FBS0csWUFBQSxPQUFNTCxVQUFTLFFBQVEsSUFBSTtBQUN0QyxjQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLFFBQUFGLFlBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELGVBQU8sSUFBSUwsWUFBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztNQUNoRztNQUVBLFNBQXFDO0FBQ25DLGVBQU8sS0FBSyxLQUFLLFVBQVUsT0FBT1YsU0FBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO01BQ3BFO01BRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELGVBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUUEsU0FBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDdkY7TUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsWUFBSSxTQUFTO0FBQ2IsbUJBQVcsT0FBTyxPQUFPO0FBQ3ZCLGdCQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxjQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7UUFDckc7QUFDQSxlQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHQSxTQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7TUFDN0Y7TUFFQSxhQUFhLFFBQW1DO0FBQzlDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRQSxTQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtNQUNyRjtNQUVBLFVBQVUsSUFBd0I7QUFDaEMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO01BQ3hGO01BRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO01BQzFGO01BRUEsYUFBYSxJQUEyQjtBQUN0QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVUEsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7TUFDbkY7TUFFQSxTQUFTLElBQW1EO0FBQzFELGVBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRQSxTQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7TUFDN0Y7TUFFQSxPQUFPLE9BQXdCO0FBQzdCLGVBQU8sS0FBSyxLQUFLLFdBQVcsT0FBT0EsU0FBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7TUFDdEU7TUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO01BQ3RGO01BRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELGVBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUdBLFNBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7TUFDNUc7TUFFQSxhQUE4QztBQUM1QyxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtNQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBR0EsU0FBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO01BQ2xHO01BRUEsYUFBOEI7QUFDNUIsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7SUFDRjtBR3RXQSxRQUFBaEMsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBaUYsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0gxRSxRQUFNcUQsaUJBQWdCO0FBRXRCLFFBQU1DLG9CQUFtQjtBQUV6QixhQUFTQyxjQUFhLEdBQW1CO0FBQzlDLGFBQU8sR0FBR0YsY0FBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDdkQ7QUFHTyxhQUFTRyxVQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsYUFBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0lBQzVFO0FBR08sYUFBUyxRQUFRLE9BQW1DO0FBQ3pELFlBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLGFBQU8sUUFBUSxDQUFDO0lBQ2xCO0FBR0EsYUFBUyxXQUFXLE9BQW1DO0FBQ3JELFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsYUFBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7SUFDcEM7QUFPTyxRQUFNQyxzQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsYUFBU0MsWUFBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLFVBQUksQ0FBQyxNQUFNLFdBQVdKLGlCQUFnQixFQUFHLFFBQU87QUFDaEQsWUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixVQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixZQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLGFBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBS0c7SUFDekU7QURwQ0EsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sYUFBYTtBQXNCbkIsUUFBTSxXQUFXO0FBRWpCLFFBQUksVUFBVTtBQUNkLFFBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxhQUFTLFFBQVFFLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsZUFBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsY0FBTSxRQUF3QixDQUFDO0FBQy9CLGlCQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixjQUFNLE1BQU1DLGNBQUFoRCxRQUFLLE1BQU0sS0FBSztBQUM1QixpQkFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsZ0JBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLGNBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIscUJBQVcsTUFBTTtBQUNqQixXQUFBLEdBQUFpRCxZQUFBLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM3QixVQUFBRCxjQUFBaEQsUUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLGdCQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7VUFDbkIsQ0FBQztRQUNIO0FBQ0EsWUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLG1CQUFTLEtBQUssUUFBUSxDQUFDO1FBQ3pCLENBQUM7TUFDSDtJQUNGO0FBR0EsYUFBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsVUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxhQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07SUFDckY7QUFFQSxhQUFTLEtBQVEsS0FBOEI7QUFDN0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUksSUFBYztNQUN0QyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHTyxhQUFTa0QsWUFDZC9FLFVBQ0EsT0FDQSxVQUMrQztBQUMvQyxZQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtRQUNFO1FBQ0EsT0FBTztVQUNMLFFBQVE7VUFDUixLQUFLLEdBQUdBLFNBQU8sT0FBTyxHQUFHK0MsU0FBUSxPQUFPLENBQUM7VUFDekMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztVQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBTyxTQUFTLElBQUk7QUFDcEIsaUJBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtRQUMzRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBZ0JBLFFBQU0sb0JBQW9CO0FBQzFCLFFBQUksaUJBQWlCO0FBR3JCLGFBQVMsU0FBUyxNQUFjLFNBQVMsT0FBYTtBQUNwRCxVQUFJLENBQUMsVUFBVSxLQUFLLElBQUksSUFBSSxpQkFBaUIsa0JBQW1CO0FBQ2hFLHVCQUFpQixLQUFLLElBQUk7QUFDMUIsY0FBUSxJQUFJLG1CQUFtQixJQUFJLEVBQUU7SUFDdkM7QUFHTyxhQUFTaUMsZUFBY2hGLFVBQWdCLFFBQWdDO0FBQzVFLFlBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxTQUFPO0FBQ3hFLFlBQU0sU0FBd0I7UUFDNUIsVUFBVSxPQUFPO1FBQ2pCLFNBQVM7UUFDVCxRQUFRO1FBQ1IsU0FBUztRQUNULFdBQVc7UUFDWCxTQUFTO01BQ1g7QUFDQSxVQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFlBQU0sZ0JBQWdCO0FBQ3RCLFlBQU0sVUFBbUIsRUFBRSxNQUFNQSxTQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFLGVBQVMsWUFBWSxPQUFPLE1BQU0sZUFBZSxJQUFJO0FBQ3JEO1FBQ0U7UUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztNQUN4QjtBQUNBLFVBQUksU0FBUyxhQUFhLE9BQU87QUFDakMsVUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsWUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLHNCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsU0FBTyxrQkFBa0I7QUFDeEYsYUFBTyxVQUFVLFVBQVU7QUFDM0IsYUFBTztJQUNUO0FBR0EsYUFBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBRytDLFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxZQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUdBLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CdUIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd2QixTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDM0Q7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO1VBQ2pDO1FBQ0Y7QUFDQSxpQkFBUyxhQUFhLE9BQU87TUFDL0I7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU95QixjQUFhLENBQUM7WUFDckIsT0FBTyxpQkFBaUIsQ0FBQztZQUN6QixPQUFPO1lBQ1AsZUFBZSxXQUFXLElBQUk7VUFDaEM7QUFDQSxpQkFBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHekIsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQStCLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1BLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR2xDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJrQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZGxGLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNLE9BQU9BLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcrQyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBb0MsbUJBQUFyRSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTLE1BQU0sU0FBdUI7QUFDcEMsWUFBTXNFLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFlBQU0sTUFBTUMsY0FBQXhELFFBQUssSUFBSXVELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsVUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtVQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtRQUN2RztNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtVQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtRQUMvQztNQUNGO0lBQ0Y7QUFFQSxhQUFTMUMsZUFBYzFDLFVBQWdCc0YsVUFBdUMsTUFBb0I7QUFDaEcsYUFBT0EsU0FBTyxJQUFJLEtBQUt0RixTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzVDO0FBTUEsYUFBU3VGLE9BQU12RixVQUFnQnNGLFVBQXVDLE1BQW9CO0FBQ3hGLFVBQUk3QyxNQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHQSxNQUFLLE1BQU0sV0FBVyxJQUFJLHFDQUFxQztBQUNwRyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWMxQyxVQUFRc0YsVUFBUSxJQUFJLENBQUM7QUFDckYsWUFBTSxTQUFTUCxZQUFXL0UsVUFBUSxPQUFPLFFBQVE7QUFDakQsVUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixjQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxjQUFNLFFBQVFBLFNBQU8sWUFDakIsZUFBZUEsU0FBTyxTQUFTLEtBQy9CQSxTQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsY0FBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztNQUN4RztBQUNBLGFBQU8sT0FBTztJQUNoQjtBQUVBLGFBQVMsWUFBWSxRQUFtQixPQUFlQSxVQUFzQjtBQUMzRSxZQUFNLE9BQWEsQ0FBQztBQUNwQixZQUFNLFlBQWtCLENBQUM7QUFDekIsZUFBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsY0FBTSxVQUFVLE9BQU8sYUFBYTtVQUNsQyxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUM7VUFDOUIsT0FBTztVQUNQLE9BQU87VUFDUCxlQUFlO1FBQ2pCLENBQUM7QUFDRCxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLGNBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxrQkFBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLGFBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtNQUMvQjtBQUNBLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsU0FBTyxxQkFBcUI7QUFDMUQsaUJBQVcsU0FBUyxNQUFNO0FBQ3hCLG1CQUFTO0FBQ1AsZ0JBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsY0FBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csY0FBSSxLQUFLLElBQUksSUFBSTtBQUNmLGtCQUFNLDZEQUE2REEsU0FBTyxrQkFBa0IsSUFBSTtBQUNsRyxXQUFBLEdBQUF3RixZQUFBLE9BQU0sR0FBRztRQUNYO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFRQSxtQkFBc0JDLG1CQUEwRDtBQUM5RSxZQUFNLFFBQXVDLENBQUM7QUFDOUMsaUJBQVcsUUFBUTFHLFFBQU87QUFDeEIsWUFBSTtBQUNGLGdCQUFNLFdBQVcsTUFBTThELGdCQUFBNkMsUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLGNBQUksU0FBVSxPQUFNLElBQUksSUFBSTtRQUM5QixRQUFRO1FBRVI7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FBYzFGLFVBQWdCc0YsVUFBZ0Q7QUFDckYsWUFBTSxRQUFROUYsV0FBVzJGLG1CQUFBckUsUUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFlBQU0sU0FBa0IsQ0FBQztBQUN6QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJMkIsTUFBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsaUJBQU8sS0FBSyxFQUFFLE1BQU0sR0FBR0EsTUFBSyxRQUFRLE1BQU0sR0FBR0MsZUFBYzFDLFVBQVFzRixVQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7TUFDdkY7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLE9BQU8sUUFBMEI7QUFDeEMsWUFBTSxTQUFTLG9CQUFJLElBQVc7QUFDOUIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGNBQU0sVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ3BELFlBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxJQUFJLFFBQVEsQ0FBQyxDQUFFLEVBQUUsSUFBSSxRQUFRLFFBQVEsU0FBUyxDQUFDLENBQUU7TUFDbEY7QUFDQSxhQUFPLENBQUMsR0FBRyxNQUFNO0lBQ25CO0FBT0EsYUFBUyxlQUFldEYsVUFBZ0IsUUFBdUI7QUFDN0QsWUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixZQUFNLE9BQU8sTUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNuRSxZQUFNLE9BQU8scUJBQXFCQSxTQUFPLFFBQVEsT0FBTyw4QkFBOEIsT0FBTyxNQUFNO0FBQ25HLFVBQUlBLFNBQU8sUUFBUSxrQkFBa0IsQ0FBQ0EsU0FBTyxRQUFRLFFBQVE7QUFDM0QsY0FBTSxVQUFVLE9BQU8sTUFBTTtBQUM3QixjQUFNLElBQUlnRixlQUFjaEYsVUFBUSxPQUFPO0FBQ3ZDLFlBQUksRUFBRSxXQUFXLFFBQVEsUUFBUTtBQUMvQixrQkFBUSxJQUFJLEdBQUcsSUFBSSxvQ0FBb0MsUUFBUSxNQUFNLHdCQUF3QixLQUFLLENBQUMsRUFBRTtBQUNyRztRQUNGO0FBQ0EsZ0JBQVE7VUFDTixnRUFBZ0UsUUFBUSxTQUFTLEVBQUUsTUFBTSxPQUFPLFFBQVEsTUFBTTtRQUNoSDtNQUNGO0FBQ0EsWUFBTSxJQUFJZ0YsZUFBY2hGLFVBQVEsTUFBTTtBQUN0QyxjQUFRO1FBQ04sR0FBRyxJQUFJLEtBQUssRUFBRSxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsT0FBTyxXQUFXLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRSxPQUFPLG9EQUFvRCxFQUFFLEtBQUssS0FBSyxDQUFDO01BQ2hOO0lBQ0Y7QUFTQSxtQkFBc0IyRixZQUFXM0YsVUFBZ0J2QixZQUEwQixDQUFDLEdBQXFCO0FBQy9GLFlBQU11QixTQUFPLE9BQU87QUFDcEIsWUFBTXNGLFdBQVMsTUFBTUcsaUJBQWdCO0FBQ3JDLFlBQU1HLGNBQVksSUFBSXpCLFdBQVVuRSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUNsRSxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRakIsT0FBTyxRQUFPLElBQUksSUFBSXdHLE9BQU12RixVQUFRc0YsVUFBUSxJQUFJO0FBQ25FLFlBQU0sUUFBUWIsVUFBUztBQUN2QixZQUFNLFFBQVFTLGVBQWNsRixVQUFRLE9BQU8sT0FBT3VFLG1CQUFrQixDQUFDLFVBQVVJLFlBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxVQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLFVBQUlsRyxVQUFRLFNBQVM7QUFDbkIsWUFBSTtBQUNGLHlCQUFldUIsVUFBUSxjQUFjQSxVQUFRc0YsUUFBTSxDQUFDO1FBQ3RELFNBQVMsT0FBTztBQUNkLGdCQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztRQUM5RDtNQUNGO0FBQ0EsWUFBTSxrQkFBa0I3RyxVQUFRLE9BQU8sWUFBWW1ILFlBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPNUYsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUtzRixRQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCTyxZQUFXN0YsVUFBZ0IsTUFBMEM7QUFDekYsVUFBSSxDQUFDLE1BQU0sU0FBU3lDLE1BQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsWUFBTTZDLFdBQVMsTUFBTUcsaUJBQWdCO0FBRXJDLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSWhELE1BQUssUUFBUSxTQUFTLEdBQUc2QyxTQUFPLFNBQVN0RixTQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFlBQU0sRUFBRSxNQUFNLElBQUkrRSxZQUFXL0UsVUFBUSxPQUFPLFFBQVE7QUFDcEQsVUFBSSxDQUFDLE9BQU87QUFDVixnQkFBUTtVQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7UUFDdEc7QUFDQTtNQUNGO0FBQ0EsWUFBTSxVQUFVa0YsZUFBY2xGLFVBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVMkUsWUFBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsVUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtJQUN4RjtBTTlLQSxhQUFTLG1CQUE0QjtBQUNuQyxhQUFPLFNBQVM7SUFDbEI7QUFHTyxhQUFTbUIsY0FBYTlGLFVBQWdCLFdBQXVEO0FBQ2xHLFVBQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxVQUFVO0FBR3hCLFlBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsWUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsVUFBSUEsU0FBTyxZQUFZO0FBQ3JCLGtCQUFVLFlBQVk4QixtQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELGNBQU07VUFDSixHQUFHSyxlQUFjO1lBQ2YsVUFBVW5DLFNBQU8sUUFBUTtZQUN6QixZQUFZQSxTQUFPLFFBQVE7WUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxTQUFPLFFBQVEsdUJBQXVCO1lBQy9FLGVBQWVBLFNBQU87VUFDeEIsQ0FBQztRQUNIO01BQ0Y7QUFDQSxVQUFJQSxTQUFPLGNBQWUsQ0FBQTRDLGdCQUFlSCxPQUFNLE1BQU0sU0FBUzFELFFBQU9TLFdBQVUsU0FBUyxDQUFDO0FBQ3pGLGFBQU87UUFDTDtRQUNBLFlBQVksc0JBQXNCa0IsZ0JBQWUsS0FBSyxHQUFHLFNBQVM7O1FBRWxFLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSVYsU0FBTyxxQkFBcUIsRUFBRSxLQUFLQSxTQUFPLFFBQVEsVUFBVSxJQUFJLE1BQU0sRUFBRTtRQUN0RyxtQkFBbUJZO01BQ3JCO0lBQ0Y7QUFNQSxhQUFTLHNCQUFzQixZQUEwQixXQUFtRDtBQUMxRyxpQkFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsWUFBSUQsZUFBYyxRQUFRLEVBQUcsWUFBV0YsV0FBVSxzQkFBc0IsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQztNQUNwRztBQUNBLGFBQU87SUFDVDtBQUVBLGFBQVMsU0FBUyxVQUE2QjtBQUM3QyxZQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLFVBQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csVUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLGdCQUFRLE9BQU8sS0FBSztBQUN0QixhQUFPO0lBQ1Q7QUFHTyxhQUFTL0Isa0JBQXNCO0FBQ3BDLFVBQUlzQixRQUFVLFdBQVksQ0FBQXRCLGVBQVlzQixRQUFVLFVBQVU7SUFDNUQ7QUFNQSxhQUFTLHVCQUE2QjtBQUNwQyxVQUFJQSxRQUFVLFdBQVksQ0FBQWtDLFNBQVFsQyxRQUFVLFVBQVU7SUFDeEQ7QUFHQSxtQkFBc0JuQixVQUFTLE1BQStCO0FBQzVELDJCQUFxQjtBQUNyQixZQUFNZ0gsWUFBVzdGLFNBQVcsSUFBSTtJQUNsQztBQ3RHQSxRQUFBZ0IscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFFLG1CQUFzQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0ZmLGFBQVM2RSxTQUFRLFVBQWtCQyxVQUFrQztBQUMxRSxVQUFJQSxTQUFPLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSwwQkFBMEI7QUFDbkUsaUJBQVcsU0FBU0EsU0FBUSxLQUFJLFdBQVcsTUFBTSxPQUFRLFFBQU8sTUFBTTtBQUN0RSxhQUFPQSxTQUFPQSxTQUFPLFNBQVMsQ0FBQyxFQUFHO0lBQ3BDO0FBRU8sYUFBU0MsUUFBTyxRQUErQztBQUNwRSxVQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsWUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsWUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxhQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07SUFDL0U7QUFHTyxRQUFNQyxnQkFBZTtBQU1yQixhQUFTQyxZQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLGFBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVdEO0lBQ3ZFO0FEZEEsYUFBU0Usc0JBQTZCO0FBQ3BDLGNBQVEsS0FBSyxJQUFJLElBQUlDLG1CQUFBdkYsUUFBSyxTQUFTLGFBQWE7SUFDbEQ7QUFJQSxRQUFJd0YsY0FBYTtBQUdWLGFBQVNDLFlBQVdQLFVBQWtDO0FBQzNELE1BQUFNLGNBQWE7QUFDYixZQUFNLE9BQU9QLFNBQVFLLG9CQUFtQixHQUFHSixRQUFNO0FBQ2pELE1BQUFLLG1CQUFBdkYsUUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLGFBQU87SUFDVDtBQVNPLGFBQVMwRixZQUNkLFlBQ0FSLFVBQ0EsV0FDQSxVQUNBLFVBQVUsSUFDSDtBQUNQLFlBQU0sUUFBUSxJQUFJUyxpQkFBQSxNQUFNLFVBQVU7QUFDbEMsWUFBTSxtQkFBNkIsQ0FBQztBQUNwQyxVQUFJO0FBQ0osTUFBQTFDLGlCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFlBQUksQ0FBQ3VDLFlBQVk7QUFDakIsY0FBTSxRQUFRUCxTQUFRSyxvQkFBbUIsR0FBR0osUUFBTTtBQUNsRCxRQUFBSyxtQkFBQXZGLFFBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixZQUFJLFVBQVUsV0FBVztBQUN2QixjQUFJLEdBQUksa0JBQWlCLEtBQUssVUFBVTtBQUN4Qyw0QkFBa0I7UUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDhCQUFvQm1GLFFBQU8sZ0JBQWdCO0FBQzNDLGNBQUksb0JBQW9CLE9BQVcsT0FBTSxJQUFJRSxZQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO1FBQ25HO01BQ0YsQ0FBQztBQUNELGFBQU87SUFDVDtBRTlETyxhQUFTTyxXQUFVeEgsT0FBc0I7QUFDOUMsYUFBT0EsTUFBSztRQUNWO1FBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7TUFDckY7SUFDRjtBQUdPLGFBQVN5SCxvQkFBbUJ6SCxPQUFzQjtBQUN2RCxhQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0lBQ3pCO0FBUU8sYUFBUzBILGNBQWExSCxPQUFjVCxZQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFlBQU0sVUFBVVMsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxZQUFNLE9BQU9ULFVBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsWUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsWUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELGFBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztJQUM1QztBQ09PLGFBQVMsT0FBT29JLGFBQTRCO0FBQ2pELGFBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0lBQ2hFO0FBRUEsYUFBU0MsUUFBTyxRQUFnQyxNQUFvQztBQUNsRixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsVUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixhQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87SUFDeEU7QUFHTyxhQUFTQyxlQUFjLE1BQW1DO0FBQy9ELFlBQU0sT0FBdUIsQ0FBQztBQUM5QixpQkFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsbUJBQVcsQ0FBQ0YsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxnQkFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsZ0JBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxlQUFLLEtBQUs7WUFDUjtZQUNBLFlBQUFBO1lBQ0EsSUFBSSxPQUFPO1lBQ1g7WUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztZQUNqRixNQUFNQyxRQUFPLFFBQVEsSUFBSTtVQUMzQixDQUFDO1FBQ0g7TUFDRjtBQUNBLGFBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztJQUM1RjtBQUVBLFFBQU0sYUFBYTtBQUdaLGFBQVNFLGNBQWEsTUFBa0M7QUFDN0QsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFlBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFlBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixZQUFJLENBQUMsR0FBRztBQUNOLGNBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLGVBQUssSUFBSSxVQUFVLENBQUM7UUFDdEI7QUFDQSxlQUFPO01BQ1Q7QUFDQSxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxNQUFPO0FBQ1osY0FBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUksU0FBUyxxQkFBcUI7QUFDaEMsaUJBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztZQUMzQixVQUFVLEVBQUUsU0FBUztZQUNyQixLQUFLLEVBQUUsT0FBTztZQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTztVQUNoQixDQUFDO1FBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU0MsbUJBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixZQUFNLFlBQTBCLENBQUM7QUFDakMsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLGNBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxjQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDTCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsa0JBQVUsS0FBSztVQUNiO1VBQ0EsWUFBQUs7VUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7VUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7UUFDcEQsQ0FBQztNQUNIO0FBQ0EsWUFBTSxRQUFRQyxhQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsVUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxnQkFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFlBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFlBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsYUFBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0lBQ2xIO0FBR08sYUFBU0Msa0JBQWlCLFNBQXdDO0FBQ3ZFLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsVUFBSSxRQUFRLGVBQWU7QUFDekIsZUFBTztBQUNULFlBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CQyxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUdBLGFBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixhQUFPLHVCQUF1QixJQUFJLHNCQUFzQkEsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0lBQ2xHO0FBR08sYUFBU0MsYUFBWSxLQUF5QjtBQUNuRCxZQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLRCxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsWUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsYUFBTyxHQUFHQSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0lBQ2xJO0FBR08sYUFBU0EsYUFBWSxPQUFrQyxNQUFvQztBQUNoRyxVQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsVUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxVQUFJLFNBQVMsTUFBTTtBQUNqQixZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsZUFBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7TUFDN0M7QUFDQSxVQUFJLFNBQVM7QUFDWCxlQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLGFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtJQUNqRztBQUVPLGFBQVNGLGFBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsWUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELGFBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0lBQ3ZFO0FBV08sYUFBU0ksaUJBQWdCLE1BQTJDO0FBQ3pFLFVBQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLGFBQU87UUFDTCxnQkFBZ0JKLGFBQVksTUFBTSxvQkFBb0IsS0FBSztRQUMzRCxpQkFBaUJBLGFBQVksTUFBTSxzQkFBc0IsT0FBTztRQUNoRSwwQkFBMEJBLGFBQVksTUFBTSxtQ0FBbUMsS0FBSztRQUNwRixpQkFBaUJBLGFBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO01BQzNFO0lBQ0Y7QUFHTyxhQUFTSyxlQUFjLFdBQTJDO0FBQ3ZFLFVBQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsZUFBTztBQUNULFlBQU0sU0FBUyxVQUFVO0FBQ3pCLGFBQU87UUFDTCwrQ0FBK0NILGFBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO1FBQzdGLFdBQVdBLGFBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO1FBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQkEsYUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO1FBQ2xGLG1CQUFtQixVQUFVLGVBQWU7TUFDOUMsRUFBRSxLQUFLLElBQUk7SUFDYjtBQUVPLFFBQU1JLGlCQUFnQixDQUFDLFNBQThCRCxlQUFjRCxpQkFBZ0IsSUFBSSxDQUFDO0FDbE54RixRQUFNLHlCQUF5QjtBQXVNL0IsYUFBU0csY0FDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFYLGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNLG9CQUFvQjtRQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RyxXQUFXTSxpQkFBZ0IsSUFBSTtNQUNqQztJQUNGO0FBR08sYUFBU1QsU0FBTyxXQUFtRDtBQUN4RSxVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsVUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxhQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0lBQ3hEO0FDOU9BLGFBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFlBQU0sT0FBT0osV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFlBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVlXLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU03QixRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxVQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZXlCLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR3pCLEtBQUk7MEJBQTZCeUIsV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQkEsV0FBVSxRQUFRLENBQUM7O0lBQ2xKO0FBRUEsYUFBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsWUFBTSxTQUFTQSxXQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLGFBQU8sNEJBQTRCLEtBQUs7d0JBQW9ELE1BQU0sZUFBZSxNQUFNOztJQUN6SDtBQUVPLGFBQVNpQixhQUFZLFNBQTBCO0FBQ3BELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFFM0MsWUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFdBQVcsUUFBUSxJQUFJLFlBQVksZ0JBQWdCLElBQUk7QUFDOUYsWUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixZQUFNbkgsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFlBQU0sUUFBUWtHLFdBQVUsZUFBZSxRQUFRLElBQUksUUFBUSxFQUFFO0FBQzdELFlBQU0sUUFBUSxDQUFDLEdBQUksU0FBUyxDQUFDLFVBQVUsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMxRyxhQUFPO1FBQ0w7UUFDQSx5Q0FBeUMsS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLFdBQVdsRyxRQUFPO1FBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztRQUNwSCxHQUFHO1FBQ0g7UUFDQTtRQUNBO01BQ0YsRUFBRSxLQUFLLElBQUk7SUFDYjtBQ2pDQSxhQUFTLGVBQWUsTUFBb0M7QUFDMUQsYUFBTztRQUNMO1FBQ0E7UUFDQSxHQUFHLEtBQUs7VUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU1vRyxjQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNUyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztRQUNsSDtNQUNGO0lBQ0Y7QUFFTyxhQUFTYyxnQkFBZSxTQUEwQjtBQUN2RCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUN2QyxZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFFdEMsWUFBTSxVQUNKLEtBQUssV0FBVyxJQUNaLGtCQUNBLE9BQU8sU0FBUyxJQUNkLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLHVCQUNwQyxRQUFRLFlBQVksaUJBQ2xCLHVCQUF1QixLQUFLLE1BQU0sK0RBQ2xDLFNBQVMsS0FBSyxNQUFNO0FBQzlCLFlBQU0sUUFBUSxDQUFDLGtCQUFrQmhCLGNBQWEsUUFBUSxJQUFJLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUU7QUFDekcsVUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELFVBQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsY0FBTTtVQUNKO1VBQ0EsWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sV0FBVyxJQUFJLEtBQUssR0FBRztVQUMzRTtVQUNBLEdBQUcsZUFBZSxNQUFNO1VBQ3hCO1VBQ0E7VUFDQTtRQUNGO01BQ0Y7QUFDQSxZQUFNLFlBQVksUUFBUTtBQUMxQixVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTTtZQUNKLEtBQUtELG9CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNVSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO1VBQ3ROO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxVQUFVLFFBQVEsV0FBVztBQUNuQyxZQUFNLFNBQVNELGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBR1Qsb0JBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsbUJBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsZ0JBQU07WUFDSixLQUFLQSxvQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTVUsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUUEsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBY0EsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO1VBQ3JPO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxLQUFLVixvQkFBbUJhLGVBQWMsUUFBUSxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ25FLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUNyREEsUUFBTSxXQUFXLG9CQUFJLElBQUk7TUFDdkI7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0YsQ0FBQztBQUNELFFBQU0sV0FBVyxDQUFDLFNBQ2hCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTFGLGFBQVMsTUFBTSxPQUFnQjtBQUM3QixZQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDdEksVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixhQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtJQUN2RTtBQUVPLGFBQVMySSxhQUNkLE1BQ0FwSixXQUNRO0FBQ1IsWUFBTSxJQUFJLE1BQU1BLFVBQVEsS0FBSztBQUM3QixZQUFNLFFBQWtCLENBQUM7QUFDekIsWUFBTSxhQUFhc0ksZUFBYyxJQUFJO0FBQ3JDLFlBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsWUFBTTtRQUNKLEVBQUU7VUFDQSxlQUFldEksVUFBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQztRQUNyTjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxpQkFBVyxLQUFLLFlBQVk7QUFDMUIsY0FBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLGNBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUk0SSxhQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO01BQzdHO0FBQ0EsWUFBTSxZQUFZTCxjQUFhLElBQUk7QUFDbkMsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsY0FBTTtVQUNKO1VBQ0EsRUFBRTtZQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO1VBQzFJO1FBQ0Y7QUFDQSxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU0sT0FBTyxDQUFDLE1BQXFCSyxhQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxnQkFBTTtZQUNKLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1VBQ2hMO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sVUFBVUosbUJBQWtCLE1BQU14SSxVQUFRLG9CQUFvQjtBQUNwRSxZQUFNLFNBQVMySSxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLG1CQUFXLE9BQU8sUUFBUSxVQUFXLE9BQU0sS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJRSxhQUFZLEdBQUcsQ0FBQyxFQUFFO01BQ3ZHO0FBQ0EsWUFBTTlHLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFlBQU0sV0FBVzJHLGFBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsWUFBTSxhQUFhQSxhQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsWUFBTTtRQUNKLEtBQUtFLGFBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjN0csV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUTZHLGFBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0I3RyxTQUFRLFFBQVEsQ0FBQyxDQUFDO01BQ25OO0FBQ0EsWUFBTSxLQUFLLGFBQWE2RyxhQUFZRixhQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFlBQU0sU0FBU0EsYUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxZQUFNO1FBQ0osYUFBYUUsYUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZQSxhQUFZRixhQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU9FLGNBQWFGLGFBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNQSxhQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUM7TUFDM087QUFDQSxZQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFDMUMsT0FBTyxRQUFRLEVBQ2YsS0FBSztBQUNSLFVBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLG1CQUFXLFFBQVEsUUFBUTtBQUN6QixnQkFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLGdCQUFNLElBQUksRUFBRTtBQUNaLGdCQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxnQkFBTWpJLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBT21JLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1RBLGFBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0JBLGFBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLGdCQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJbkksS0FBSSxFQUFFO1FBQ3JGO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxLQUFLdUksZUFBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUM5R0EsUUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELGFBQVNLLG1CQUFrQixNQUFtQjtBQUNuRCxhQUFPLFNBQVN0SixnQkFBYyxNQUEyQztBQUN2RSxjQUFNLE1BQThCO1VBQ2xDLFFBQVFxSixhQUFZLE1BQU07WUFDeEIsVUFBVSxLQUFLO1lBQ2YsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCO1lBQ25DLHNCQUFzQixLQUFLO1VBQzdCLENBQUM7UUFDSDtBQUNBLGNBQU0sTUFBTSxNQUFNO0FBQ2xCLFlBQUksS0FBSztBQUNQLGdCQUFNLFVBQVVIO1lBQ2Q7WUFDQTtjQUNFLFVBQVUsS0FBSztjQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7Y0FDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO2NBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7WUFDdEM7WUFDQSxLQUFLO1VBQ1A7QUFFQSxnQkFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDOztBQUNoRSxjQUFJLEdBQUcsR0FBRyxZQUFZLElBQUlDLGFBQVksT0FBTztBQUM3QyxjQUFJLEdBQUcsR0FBRyxhQUFhLElBQUlDLGdCQUFlLE9BQU87UUFDbkQ7QUFDQSxlQUFPO01BQ1Q7SUFDRjtBQ2pEQSxRQUFBMUcsbUJBQXFDLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBRzlCLFFBQU02Ryx1QkFBc0IsSUFBSUMsaUJBQUEsTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxRQUFNQyxzQkFBcUIsSUFBSUQsaUJBQUEsTUFBTSx3QkFBd0IsSUFBSTtBQUVqRSxRQUFNRSw4QkFBNkIsSUFBSUYsaUJBQUEsTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixRQUFNRyxvQkFBbUIsSUFBSUgsaUJBQUEsS0FBSyxtQkFBbUI7QUFFckQsUUFBTUksa0JBQWlCLElBQUlKLGlCQUFBLFFBQVEsaUJBQWlCO0FBRXBELFFBQU1LLG1CQUFrQixJQUFJTCxpQkFBQSxLQUFLLGtCQUFrQjtBQUVuRCxRQUFNTSxrQkFBaUIsSUFBSU4saUJBQUEsUUFBUSxpQkFBaUI7QUNWM0QsUUFBTU8scUJBQW9CO0FBQzFCLFFBQUlDLGdCQUFlO0FBRW5CLFFBQU1DLGNBQW1ELENBQUM7QUFFbkQsYUFBU0MsYUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFVBQUksT0FBT0QsWUFBVyxJQUFJO0FBQzFCLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLEtBQUs7QUFDeEIsUUFBQUEsWUFBVyxJQUFJLElBQUk7TUFDckI7QUFDQSxVQUFJO0FBQ0YsUUFBQUosaUJBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtNQUN6QyxTQUFTLE9BQU87QUFDZCxRQUFBQSxpQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsUUFBQUMsZ0JBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsWUFBSUUsa0JBQWlCRCxvQkFBbUI7QUFDdEMsa0JBQVE7WUFDTixhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDO1VBQ3RHO1FBQ0Y7TUFDRjtJQUNGO0FDMUJBLFFBQUF4SCxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQ0NqQixRQUFBRSxtQkFBd0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFTeEIsUUFBTXlILFlBQVcsSUFBSUMsaUJBQUEsUUFBUSxVQUFVO0FBVXZDLFFBQU1DLFlBQTJDLENBQUM7QUFFbEQsUUFBSXZEO0FBR0csYUFBUzVDLGdCQUFjMUMsVUFBZ0IsTUFBb0I7QUFDaEUsYUFBT3NGLFVBQVMsSUFBSSxLQUFLdEYsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM5QztBQW9CQSxRQUFJNEY7QUFHSixRQUFNa0QsZ0JBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsYUFBU3ZELFFBQU12RixVQUFnQixPQUFnQixNQUFpQztBQUM5RSxZQUFNLFVBQVV3QyxhQUFZQyxPQUFNLE1BQU1DLGdCQUFjMUMsVUFBUSxJQUFJLENBQUM7QUFDbkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFBNEYsZUFBYyxJQUFJekIsV0FBVW5FLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQzlELFlBQU0sU0FBUzRGLFdBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixZQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsYUFBTztRQUNMLFFBQVEsSUFBSXpCLFdBQVVuRSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxPQUFPLFlBQVk7UUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPOEksY0FBYSxJQUFJLEtBQUs7UUFDcEQsU0FBUztNQUNYO0lBQ0Y7QUFFQSxhQUFTQyxTQUFRL0ksVUFBZ0IsTUFBZSxNQUFpQztBQUMvRSxZQUFNLFVBQVU2SSxVQUFTLElBQUk7QUFDN0IsVUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixVQUFJLFFBQVMsQ0FBQUYsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsWUFBTSxPQUFPcEQsUUFBTXZGLFVBQVEsTUFBTSxJQUFJO0FBRXJDLFVBQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLE1BQUE2SSxVQUFTLElBQUksSUFBSTtBQUNqQixhQUFPO0lBQ1Q7QUFHTyxhQUFTRyxZQUFXaEosVUFBZ0IsTUFBZSxNQUFtQztBQUMzRixhQUFPK0ksU0FBUS9JLFVBQVEsTUFBTSxJQUFJLEdBQUc7SUFDdEM7QUFHTyxhQUFTaUosWUFBV2pKLFVBQWdCLE1BQWUsTUFBa0I7QUFDMUUsWUFBTSxVQUFVK0ksU0FBUS9JLFVBQVEsTUFBTSxJQUFJO0FBQzFDLFVBQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixVQUFJLENBQUMsUUFBUSxTQUFTO0FBQ3BCLGNBQU0sT0FBTyxRQUFRLE9BQU8sWUFBWSxFQUFFLEdBQUdzRSxnQkFBZSxPQUFPLElBQUksQ0FBQyxFQUFFO0FBQzFFLFlBQUksQ0FBQyxLQUFNLFFBQU8sQ0FBQztBQUNuQixnQkFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7TUFDeEQ7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUM3RkEsUUFBQXZELGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUNEdEIsUUFBQUEsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUV0QixRQUFJbUk7QUFRRyxhQUFTQyxPQUFNLE9BQTJDO0FBQy9ELFlBQU0zSSxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxVQUFJQSxXQUFVLEVBQUcsRUFBQSxHQUFBNEksWUFBQSxPQUFNNUksUUFBTztBQUM5QixNQUFBMEksYUFBWTtJQUNkO0FBUU8sYUFBU0csY0FBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELFVBQUksUUFBUSxTQUFTO0FBQ3JCLGlCQUFXLEtBQUssT0FBTztBQUNyQixpQkFBUyxFQUFFO0FBQ1gsWUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO01BQzFCO0FBQ0EsYUFBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7SUFDbEM7QUFHTyxhQUFTQyxTQUFXLE9BQW9DO0FBQzdELGFBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztJQUN4RjtBSGRBLGFBQVNDLFdBQVUsS0FBYyxNQUFtQztBQUNsRSxhQUFPUCxZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtJQUM5QztBQUdPLGFBQVNRLGFBQVksTUFBYyxLQUFzQjtBQUM5RCxhQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLG1CQUFBM0ksUUFBSyxHQUFHLFFBQVEsTUFBTTJJLG1CQUFBM0ksUUFBSyxHQUFHLG1CQUFtQjtJQUM5RjtBQUtBLGFBQVM0SSxZQUFXLFFBQW1CLElBQWlCO0FBQ3RELFlBQU0sU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUNsQyxVQUFJLENBQUMsT0FBTyxLQUFNLFFBQU87QUFDekIsWUFBTSxhQUFhLE9BQU8sS0FBSyxZQUFZLENBQUMsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVztBQUNyRixZQUFNLFVBQVVKLFNBQVEsU0FBUztBQUNqQyxhQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtJQUN2RTtBQUlBLFFBQU1LLGdCQUF3RDtNQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7TUFDaEg7UUFDRSxRQUFRO1FBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUVyQixnQkFBTSxLQUFLTCxTQUFRTCxZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGlCQUFPLE9BQU8sVUFBYVMsWUFBVyxRQUFRLEVBQUU7UUFDbEQ7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsZ0JBQU0sVUFBVSxPQUFPLGFBQWE7WUFDbEMsT0FBT0YsYUFBWSxXQUFXLEdBQUc7WUFDakMsT0FBTztZQUNQLE9BQU87WUFDUCxlQUFlO1VBQ2pCLENBQUM7QUFDRCxjQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsVUFBQXBCLGdCQUFlLElBQUksQ0FBQztBQUNwQixnQkFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGlCQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7UUFDMUQ7TUFDRjtJQUNGO0FBR08sUUFBTXdCLGVBQXdCLENBQUMsU0FBQSxHQUNwQ0MsWUFBQSxPQUFNLGdCQUFnQixNQUFNO0FBQzFCLFlBQU0sU0FBU04sV0FBVSxLQUFLLFNBQVM7QUFDdkMsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxNQUFBSixPQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLGVBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLGFBQUtFLGNBQWFNLGFBQVksRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNoRCxRQUFBUixPQUFNLElBQUksT0FBTyxVQUFVO01BQzdCO0FBQ0EsYUFBTztJQUNULENBQUM7QUlsQkksYUFBU1csY0FBYSxTQUEwQjtBQUNyRCxhQUFPO1FBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7UUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtNQUNoRztJQUNGO0FsQ2pEQSxRQUFNOUosV0FBU3FCLGVBQWMsT0FBTztBQUNwQyxRQUFNLEVBQUUsV0FBQTBJLFlBQVcsUUFBQUMsU0FBUSxXQUFBQyxZQUFXLE9BQUFDLFFBQU8sV0FBQUMsWUFBVyxVQUFBQyxXQUFVLGdCQUFBQyxnQkFBZSxJQUFJOUosWUFBVyxTQUFTLE9BQU9QLFFBQU07QUFFdEgsUUFBTXNLLGNBQWFMLGFBQVk5SixpQkFBZ0IrSixTQUFRL0o7QUFDdkQsUUFBTTZGLFVBQWtCO01BQ3RCLEVBQUUsTUFBTSxZQUFZLFFBQVFpRSxXQUFVO01BQ3RDLEVBQUUsTUFBTSxTQUFTLFFBQVFLLFlBQVc7TUFDcEMsRUFBRSxNQUFNLGNBQWMsUUFBUUEsY0FBYUgsV0FBVTtNQUNyRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7SUFDeEM7QUFDQSxJQUFBM0QsWUFBVywwQkFBMEJSLFNBQVEsWUFBWSxDQUFDLFdBQVcsQ0FBQztBQUUvRCxRQUFNdkgsV0FBMEIsZ0JBQUFxSCxjQUFhOUYsVUFBUSxPQUFPO01BQ2pFLFdBQVdzSyxjQUFhSCxhQUFZQztNQUNwQyxXQUFXO1FBQ1QsT0FBT3ZKO1VBQ0w7VUFDQTtZQUNFLEVBQUUsV0FBV29KLFlBQVcsUUFBUUYsV0FBVTtZQUMxQyxFQUFFLFdBQVc1SixnQkFBZSxRQUFRLEtBQUssTUFBTTRKLGFBQVlDLE9BQU0sRUFBRTtZQUNuRSxFQUFFLFdBQVdFLFFBQU8sUUFBUSxLQUFLLE1BQU1ILGFBQVlDLE9BQU0sRUFBRTtZQUMzRCxFQUFFLFdBQVc3SixnQkFBZSxRQUFRNEosV0FBVTtZQUM5QyxFQUFFLFdBQVdJLGFBQVlDLFdBQVUsUUFBUUwsV0FBVTtVQUN2RDtVQUNBQTtRQUNGO01BQ0Y7TUFDQSxPQUFPO1FBQ0wsRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU9NLGdCQUFlLENBQUMsRUFBRTtRQUM3RjtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxhQUFhLE9BQU8sTUFBTTtVQUN6QyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9ySyxTQUFPLFFBQVEsU0FBUyxDQUFDO1FBQ3BFO1FBQ0E7VUFDRSxRQUFRO1VBQ1IsTUFBTSxFQUFFLE9BQU8sYUFBYSxPQUFPLE1BQU07VUFDekMsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPQSxTQUFPLFFBQVEsVUFBVSxDQUFDO1FBQ3BFO1FBQ0E7VUFDRSxRQUFRO1VBQ1IsTUFBTSxFQUFFLE9BQU8sU0FBUyxPQUFPLE1BQU07VUFDckMsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLElBQUksQ0FBQztRQUMvQztRQUNBO1VBQ0UsUUFBUTtVQUNSLE1BQU0sRUFBRSxPQUFPLFlBQVksT0FBTyxNQUFNO1VBQ3hDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBT0EsU0FBTyxRQUFRLFNBQVMsQ0FBQztRQUNwRTtRQUNBO1VBQ0UsUUFBUTtVQUNSLE1BQU0sRUFBRSxPQUFPLFNBQVMsT0FBTyxNQUFNO1VBQ3JDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBT0EsU0FBTyxRQUFRLFNBQVMsQ0FBQztRQUNwRTtRQUNBLEdBQUc4SixjQUFhLEVBQUUsR0FBRzlKLFNBQU8sU0FBUyxhQUFhLEtBQUssSUFBSUEsU0FBTyxRQUFRLGFBQWEsR0FBRyxFQUFFLENBQUM7TUFDL0Y7SUFDRixFQUFFO0FBR0ssUUFBTXhCLGlCQUFnQyxnQkFBQXNKLG1CQUFrQixFQUFFLFVBQVUsUUFBUSxDQUFDO0FBRTdFLGFBQVNuSixTQUEwQjtBQUN4QyxhQUFPZ0gsWUFBVzNGLFVBQVEsRUFBRSxTQUFTLEtBQUssQ0FBQztJQUM3QztBQUVPLGFBQVNwQixZQUFXLE1BQXFCO0FBQzlDLE1BQUEySCxZQUFXUCxPQUFNO0FBQ2pCLE1BQUEwQyxhQUFZLFdBQVdrQixjQUFhLEVBQUUsUUFBQTVKLFVBQVEsS0FBSyxDQUFDO0lBQ3REOzs7OztBbUN6RkEsSUFBSTtBQUVHLFNBQVMsVUFBVTtBQUN4QixNQUFJLGdCQUFnQixRQUFXO0FBQzdCLFVBQU0sWUFBWSxXQUFXO0FBQzdCLGVBQVcsaUJBQWlCLENBQUM7QUFDN0IsZUFBVyxRQUFRLENBQUMsTUFBSyxXQUFVLGdCQUFlLFdBQVUsY0FBYSxZQUFZLEdBQUc7QUFDdEYsWUFBTSxTQUFTLFVBQVUsSUFBSTtBQUM3QixpQkFBVyxlQUFlLElBQUksSUFBSSxFQUFFLElBQUksUUFBUSxlQUFlLE9BQU8sV0FBVyxPQUFPO0FBQUEsSUFDMUY7QUFDQSxrQkFBYztBQUFBLEVBQ2hCO0FBQ0EsU0FBTztBQUNUO0FBQ0EsV0FBVyxzQkFBc0I7OztBQ21CMUIsSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3JDTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBYyxNQUFjLE1BQXdCO0FBQ2xFLFFBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxRQUFNdUssUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPLEtBQUssV0FBVyxDQUFDLE1BQU0sUUFBUyxLQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQSxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFxQk8sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDOzs7QUMzRE8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUtsQyxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUE4S3hELFNBQVMsVUFDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDL09BLElBQU0sZUFBZSxDQUFDLG9CQUFvQixnQkFBZ0Isb0JBQW9CLGlCQUFpQjtBQUt4RixJQUFNLGdCQUFnQjtBQUU3QixJQUFNLGNBQWM7QUFJcEIsSUFBTSxlQUFlLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLE1BQU0sTUFBTSw0QkFBNEI7QUFDakgsSUFBTSxjQUFjLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLEtBQUs7QUFFN0UsSUFBTSxPQUFPLENBQUMsT0FBZSxPQUFlLFFBQzFDLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQztBQWdEdkQsSUFBTSxhQUFhO0FBQUEsRUFDeEIsT0FBTztBQUFBLEVBQ1AsUUFBd0IsNkJBQWEsS0FBSyxJQUFJO0FBQUEsRUFDOUMsS0FBSyxDQUFDLFlBQVk7QUFFaEIsVUFBTSxPQUFPLEtBQUssSUFBSSxHQUFHLFVBQVUsSUFBSSxhQUFhO0FBQ3BELFVBQU0sQ0FBQyxVQUFVLE1BQU0sVUFBVSxPQUFPLElBQUk7QUFDNUMsV0FBTztBQUFBLE1BQ0wsQ0FBQyxRQUFRLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsTUFDekMsQ0FBQyxJQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsTUFDckMsQ0FBQyxRQUFRLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsTUFDekMsQ0FBQyxPQUFPLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsSUFDMUM7QUFBQSxFQUNGO0FBQUEsRUFDQSxTQUFTO0FBQUEsRUFDVCxVQUFVLENBQUMsS0FBS0MsWUFBVztBQUN6QixVQUFNLFVBQVUsQ0FBQyxNQUFjLGFBQXFCLFVBQVUsS0FBSyxNQUFNLFVBQVUsYUFBYSxHQUFHLFdBQVcsQ0FBQztBQUMvRyxVQUFNLENBQUMsVUFBVSxNQUFNLFVBQVUsT0FBTyxJQUFJO0FBQzVDLFdBQU87QUFBQSxNQUNMLFdBQVc7QUFBQSxRQUNUO0FBQUEsUUFDQTtBQUFBLFFBQ0EsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNQSxRQUFPLGtCQUFrQixFQUFFLENBQUM7QUFBQSxRQUNuRCxZQUFZLEdBQUcsR0FBTztBQUFBLE1BQ3hCO0FBQUEsTUFDQSxRQUFRLFVBQVUsS0FBSyxnQkFBZ0IsR0FBRyxFQUFFLEtBQUssR0FBRyxLQUFLLElBQUssQ0FBQztBQUFBLE1BQy9ELFdBQVcsUUFBUSxVQUFVLEVBQUU7QUFBQSxNQUMvQixPQUFPLFFBQVEsTUFBTSxFQUFFO0FBQUEsTUFDdkIsV0FBVyxRQUFRLFVBQVUsRUFBRTtBQUFBLE1BQy9CLFVBQVUsUUFBUSxTQUFTLEVBQUU7QUFBQSxNQUM3QixnQkFBZ0IsVUFBVSxLQUFLLHlCQUF5QixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSyxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7OztBQzlIQSxTQUFTLE9BQU8sT0FBTyxhQUFhOzs7QUNBcEMsT0FBTyxrQkFBa0I7QUFDekIsSUFBTyxvQkFBUTs7O0FDRGYsT0FBTyxhQUFhO0FBQ3BCLElBQU8sZUFBUTs7O0FDRGYsU0FBUyxTQUFTLE1BQU0sYUFBYTs7O0FDQXJDLFNBQVMsbUJBQW1COzs7QUNHckIsSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxlQUFlOzs7QUNLNUIsU0FBUyxlQUF1QjtBQUU5QixNQUFJLFNBQVMsRUFBRyxDQUFDLFdBQXdELFlBQVksRUFBRztBQUN4RixRQUFNLFNBQVMsSUFBSSxZQUFZLGVBQWUsTUFBZ0I7QUFDNUQsVUFBTSxJQUFJLE1BQU0sMENBQTBDLGFBQWEsa0NBQWtDO0FBQUEsRUFDM0csQ0FBQztBQUNELFNBQU8sT0FBTyxDQUFDO0FBQ2pCO0FBRU8sSUFBTSxTQUE0QixhQUFhO0FBRy9DLElBQU0sZ0JBQTBDLE1BQU07OztBQ043RCxTQUFTLGlCQUFpQjtBQUN4QixTQUFPO0FBQUE7QUFBQSxJQUVMLFlBQVksSUFBSSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsSUFFMUMsaUJBQWlCLElBQUksTUFBTSwwQkFBMEI7QUFBQTtBQUFBLElBRXJELFVBQVUsSUFBSSxNQUFNLGtCQUFrQjtBQUFBO0FBQUEsSUFFdEMsZ0JBQWdCLElBQUksUUFBUSx3QkFBd0I7QUFBQTtBQUFBLElBRXBELGNBQWMsSUFBSSxNQUFNLGlDQUFpQztBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxJQUFNLFNBQVMsU0FBUyxLQUFLLE9BQU8sZUFBZSxTQUFZLGVBQWUsSUFBSTtBQVdsRixJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sYUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUF3QkEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxrQkFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLGtCQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLGFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxXQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUM3RyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QsV0FBUSxXQUFXLElBQUksT0FBTyxXQUFXO0FBQ3pDLFdBQVEsZ0JBQWdCLElBQUksT0FBTyxpQkFBaUI7QUFDcEQsV0FBUSxTQUFTLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDdkM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLHNCQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7OztBQzlHQSxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVBLFNBQVMsU0FBU0MsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBTyxrQkFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNQyxjQUFhO0FBQ2pHO0FBV08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FDbkY1QyxPQUFPLGdCQUFnQjs7O0FDc0JoQixJQUFNLFlBQVk7OztBQ0xsQixTQUFTLFFBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixRQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLFVBQVEsVUFBVTtBQUFBLElBQ2hCLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxnQkFBZ0IsT0FBTztBQUFBLElBQ2hDLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztBQUFBLElBQ3JELEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBRzlFLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixNQUFJLE9BQU8sZUFBZSxRQUFRO0FBQ2xDLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBUSxFQUFFO0FBQ2hFLG1CQUFlLFFBQVEsSUFBSTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNUOzs7QUMyQkEsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxTQUFTLFNBQVMsT0FBa0IsT0FBdUI7QUFDekQsVUFBUSxPQUFPO0FBQUEsSUFDYixLQUFLO0FBQ0gsYUFBTyxNQUFNLFFBQVEsTUFBTTtBQUFBLElBQzdCLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsSUFDaEQ7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDaEUsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUN4RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQ3pELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxRQUFRLENBQUM7QUFBQSxJQUM3QixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQzNFLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxJQUNyQyxLQUFLLGFBQWE7QUFDaEIsWUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBQ0Y7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixNQUFNO0FBQ3JDLE1BQUksYUFBYSxRQUFXO0FBQzFCLGVBQVcsYUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsTUFBTSxJQUFJO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQVJuQixlQUFlO0FBQUEsRUFDRTtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUksU0FBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxhQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDO0FBQ2YsUUFBSSxTQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBSyxTQUFTLE9BQU8sU0FBUztBQUNsRCxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ2hHO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sUUFBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO0FBQUEsRUFDcEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsUUFBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN2RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUztBQUNiLGVBQVcsT0FBTyxPQUFPO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLFVBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3JHO0FBQ0EsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxRQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7QUFBQSxFQUM3RjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxRQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtBQUFBLEVBQ3JGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUNuRjtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxRQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sUUFBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLFFBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUM1RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsUUFBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO0FBQUEsRUFDbEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUNGOzs7QUN4V08sSUFBTSxnQkFBZ0I7QUE4QnRCLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLOzs7QUMrRHpDLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDs7O0FDekZPLFNBQVMsUUFBUSxVQUFrQkMsU0FBa0M7QUFDMUUsTUFBSUEsUUFBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGFBQVcsU0FBU0EsUUFBUSxLQUFJLFdBQVcsTUFBTSxPQUFRLFFBQU8sTUFBTTtBQUN0RSxTQUFPQSxRQUFPQSxRQUFPLFNBQVMsQ0FBQyxFQUFHO0FBQ3BDO0FBRU8sU0FBUyxPQUFPLFFBQStDO0FBQ3BFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxRQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLFNBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtBQUMvRTtBQUdPLElBQU0sZUFBZTtBQU1yQixTQUFTLFdBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsU0FBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBVztBQUN2RTs7O0FDZEEsU0FBUyxxQkFBNkI7QUFDcEMsVUFBUSxLQUFLLElBQUksSUFBSSxrQkFBSyxTQUFTLGFBQWE7QUFDbEQ7QUFJQSxJQUFJLGFBQWE7QUFHVixTQUFTLFdBQVdDLFNBQWtDO0FBQzNELGVBQWE7QUFDYixRQUFNLE9BQU8sUUFBUSxtQkFBbUIsR0FBR0EsT0FBTTtBQUNqRCxvQkFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFNBQU87QUFDVDtBQVNPLFNBQVMsV0FDZCxZQUNBQSxTQUNBLFdBQ0EsVUFDQSxVQUFVLElBQ0g7QUFDUCxRQUFNLFFBQVEsSUFBSSxNQUFNLFVBQVU7QUFDbEMsUUFBTSxtQkFBNkIsQ0FBQztBQUNwQyxNQUFJO0FBQ0osa0JBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsUUFBSSxDQUFDLFdBQVk7QUFDakIsVUFBTSxRQUFRLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDbEQsc0JBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixRQUFJLFVBQVUsV0FBVztBQUN2QixVQUFJLEdBQUksa0JBQWlCLEtBQUssVUFBVTtBQUN4Qyx3QkFBa0I7QUFBQSxJQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsMEJBQW9CLE9BQU8sZ0JBQWdCO0FBQzNDLFVBQUksb0JBQW9CLE9BQVcsT0FBTSxJQUFJLFdBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUNuRztBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU87QUFDVDs7O0FDNURPLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLE1BQUksT0FBTyxXQUFXLElBQUk7QUFDMUIsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixlQUFXLElBQUksSUFBSTtBQUFBLEVBQ3JCO0FBQ0EsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVE7QUFBQSxRQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUN0RztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ2ZBLElBQU0sV0FBVyxJQUFJLFFBQVEsVUFBVTtBQVV2QyxJQUFNLFdBQTJDLENBQUM7QUFFbEQsSUFBSTtBQUdHLFNBQVMsY0FBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQW9CQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBaUIsS0FBSyxJQUFJLElBQUksT0FBTyxFQUFFO0FBRTdELFNBQVMsTUFBTUMsU0FBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNLGNBQWNBLFNBQVEsSUFBSSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZO0FBQUEsSUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLO0FBQUEsSUFDcEQsU0FBUztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBTyxNQUFNQSxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFDbkIsWUFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7QUFBQSxFQUN4RDtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDNUZBLElBQUk7QUFRRyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTSxVQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJLFVBQVUsRUFBRyxPQUFNLE9BQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQztBQUdPLFNBQVMsUUFBVyxPQUFvQztBQUM3RCxTQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFDeEY7OztBQ2RBLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sa0JBQUssR0FBRyxRQUFRLE1BQU0sa0JBQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFLQSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUM5REgsSUFBTUMsVUFBUyxjQUFjLE9BQU87QUFDcEMsSUFBTSxFQUFFLFdBQVcsUUFBUSxXQUFXLE9BQU8sV0FBVyxVQUFVLGVBQWUsSUFBSSxXQUFXLFNBQVMsT0FBT0EsT0FBTTtBQUV0SCxJQUFNLGFBQWEsWUFBWSxnQkFBZ0IsUUFBUTtBQUN2RCxJQUFNLFNBQWtCO0FBQUEsRUFDdEIsRUFBRSxNQUFNLFlBQVksUUFBUSxVQUFVO0FBQUEsRUFDdEMsRUFBRSxNQUFNLFNBQVMsUUFBUSxXQUFXO0FBQUEsRUFDcEMsRUFBRSxNQUFNLGNBQWMsUUFBUSxhQUFhLFVBQVU7QUFBQSxFQUNyRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7QUFDeEM7QUFDQSxXQUFXLDBCQUEwQixRQUFRLFlBQVksQ0FBQyxXQUFXLENBQUM7QUF1RC9ELFNBQVMsV0FBVyxNQUFxQjtBQUM5QyxhQUFXLE1BQU07QUFDakIsY0FBWSxXQUFXLGFBQWEsRUFBRSxRQUFBQyxTQUFRLEtBQUssQ0FBQztBQUN0RDs7O0FDdkZPLFNBQVMsaUJBQWlCLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsSUFBSTtBQUFHO0FBQzNFLElBQU0sVUFBVSxTQUFTLElBQUksUUFBUSxFQUFFLFVBQVU7QUFDakQsU0FBUyxTQUFTLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUFHO0FBQzNELFNBQVNDLGFBQVksTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLFNBQVMsR0FBRyxJQUFJO0FBQUc7IiwKICAibmFtZXMiOiBbIl9fY29tbW9uSlMiLCAiZXhwb3J0cyIsICJtb2R1bGUiLCAiaGFuZGxlU3VtbWFyeSIsICJvcHRpb25zIiwgInBvbGxSZXNvdXJjZXMiLCAic2V0dXAiLCAic3Bpa2VVc2VycyIsICJ0ZWFyZG93biIsICJERUZBVUxUX1RBUkdFVFMiLCAiUk9MRVMiLCAiVXNlcnNGaWxlRXJyb3IiLCAicGFyc2VVc2Vyc0NzdiIsICJ0ZXh0IiwgImZhaWwiLCAicGFyc2VQb29sU3BlYyIsICJwYXJ0IiwgInBvb2xFbWFpbCIsICJ0b29TbWFsbEZvckRpc3RpbmN0IiwgInZ1SWRCb3VuZCIsICJDb25maWdFcnJvciIsICJNQVhfUkFNUF9VUF9TIiwgIk1BWF9SQU1QX0RPV05fUyIsICJyYXciLCAibnVtYmVySW4iLCAibWlsbGlzIiwgImZyYWN0aW9uIiwgImNvbmZpZyIsICJlbnZOdW1iZXIiLCAiU1BJS0VfUEhBU0VTIiwgIlNQSUtFX1NVUkdFX1MiLCAiTUFYX1BIQVNFX1MiLCAid2hvbGVTZWNvbmRzIiwgIndob2xlTnVtYmVyIiwgInNwaWtlRW50cnkiLCAic2Vjb25kcyIsICJtZXRyaWNLZXkiLCAidG9LNlRocmVzaG9sZHMiLCAiaXNBcnJpdmFsUmF0ZSIsICJTVU1NQVJZX1RSRU5EX1NUQVRTIiwgInN0YWdlZFVzZXJzIiwgImV4ZWMiLCAiaW1wb3J0X2s2IiwgImltcG9ydF9leGVjdXRpb24iLCAiaW1wb3J0X2h0dHAiLCAiaW1wb3J0X21ldHJpY3MiLCAiaW1wb3J0X2RhdGEiLCAiU0hBUkVEX0NPTkZJRyIsICJndWFyZGVkQ29uZmlnIiwgImRlY2xhcmVNZXRyaWNzIiwgInNlcnZlciIsICJQT0xMIiwgImN1cnNvciIsICJlcnJvcnNTZWVuIiwgImxvYWRNYXJrZWQiLCAibWFya1BoYXNlIiwgImh0dHAiLCAicmVzb3VyY2VzU2NlbmFyaW8iLCAicGFyc2UiLCAicG9sbE9uY2UiLCAic2FtcGxlIiwgImVuZExvYWQiLCAicmVzb3VyY2VHYXRlcyIsICJyZWFkRmlsZSIsICJmaWxlUG9vbCIsICJpbXBvcnRfZGF0YTIiLCAibWFrZVBvb2wiLCAiYWNjb3VudE9mVnUiLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImltcG9ydF9leGVjdXRpb24yIiwgImFzc2VydERpc3RpbmN0IiwgImltcG9ydF9zZWNyZXRzIiwgIkFQSV9TQ09QRSIsICJhcGlQYXRoIiwgInJvdXRlTmFtZXMiLCAidGFnc0J5RW5kcG9pbnQiLCAicmVxdWVzdFRhZ3MiLCAiaXNJZCIsICJpc0NvdW50IiwgImhhc1NoYXBlIiwgImlzSnNvbiIsICJyZWFkaW5nIiwgInJlYWRGaWVsZCIsICJMYXp5UmVzdWx0IiwgInBhcnNlSnNvbiIsICJzdGF0dXNDYWxsYmFja3MiLCAiZXhwZWN0U3RhdHVzIiwgImltcG9ydF9odHRwMiIsICJvYnNlcnZlciIsICJvYnNlcnZlUmVxdWVzdHMiLCAib3V0Y29tZSIsICJjaGVja1NldHMiLCAiY2hlY2tzRm9yIiwgIkFwaUNsaWVudCIsICJwYXJhbXMiLCAiaW1wb3J0X2s2MiIsICJEQVRBU0VUX1RJVExFIiwgIlJVTl9USVRMRV9GSUxURVIiLCAiZGF0YXNldFRpdGxlIiwgIm5ld1J1bklkIiwgIkxJVkVfUlVOX1dJTkRPV19NUyIsICJpc0xlZnRvdmVyIiwgImNvdW50IiwgImltcG9ydF9odHRwMyIsICJpbXBvcnRfazYzIiwgInF1aWV0TG9naW4iLCAiZW5zdXJlRGF0YXNldCIsICJvcGVuIiwgInJlbW92ZUNvdXJzZXMiLCAiaW1wb3J0X2V4ZWN1dGlvbjMiLCAidXJsIiwgImltcG9ydF9odHRwNCIsICJzZWNyZXQiLCAibG9naW4iLCAiaW1wb3J0X2s2NCIsICJzZWNyZXRQYXNzd29yZHMiLCAic2VjcmV0cyIsICJwcmVwYXJlUnVuIiwgImFub255bW91cyIsICJjbGVhblVwUnVuIiwgImVudHJ5T3B0aW9ucyIsICJwaGFzZUF0IiwgInBoYXNlcyIsICJtZWRpYW4iLCAiRkFJTEVEX0RSSUZUIiwgImRyaWZ0UmF0aW8iLCAiZWxhcHNlZEluU2NlbmFyaW9TIiwgImltcG9ydF9leGVjdXRpb240IiwgImluU2NlbmFyaW8iLCAiZW50ZXJQaGFzZSIsICJ0cmFja0RyaWZ0IiwgImltcG9ydF9tZXRyaWNzMiIsICJlc2NhcGVYbWwiLCAiZXNjYXBlTWFya2Rvd25DZWxsIiwgIm1hcmtkb3duQ29kZSIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ0aHJlc2hvbGRSb3dzIiwgImVuZHBvaW50Um93cyIsICJkcm9wcGVkSXRlcmF0aW9ucyIsICJpdGVyYXRpb25zIiwgIm1ldHJpY1ZhbHVlIiwgInBlcmNlbnRpbGVDYXZlYXQiLCAiZm9ybWF0VmFsdWUiLCAiZHJvcHBlZFRleHQiLCAic2VydmVyUmVzb3VyY2VzIiwgInJlc291cmNlc1RleHQiLCAicmVzb3VyY2VzTGluZSIsICJidWlsZFJlc3VsdHMiLCAianVuaXRSZXBvcnQiLCAibWFya2Rvd25SZXBvcnQiLCAidGV4dFN1bW1hcnkiLCAibWFrZUhhbmRsZVN1bW1hcnkiLCAiY2hhcHRlckdlbmVyYXRpb25NcyIsICJpbXBvcnRfbWV0cmljczMiLCAiY291cnNlR2VuZXJhdGlvbk1zIiwgImNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zIiwgImdlbmVyYXRpb25GYWlsZWQiLCAiY291cnNlc0NyZWF0ZWQiLCAid29ya2Zsb3dTdWNjZXNzIiwgIndvcmtmbG93RXJyb3JzIiwgIk1BWF9MT0dHRURfRVJST1JTIiwgImxvZ2dlZEVycm9ycyIsICJ0YWdzQnlOYW1lIiwgInJ1bldvcmtmbG93IiwgInJlbG9naW5zIiwgImltcG9ydF9tZXRyaWNzNSIsICJzZXNzaW9ucyIsICJyZW5ld01hcmdpblMiLCAic2Vzc2lvbiIsICJ1c2VyQ2xpZW50IiwgIm93bkNvdXJzZXMiLCAiaG9sZFBvaW50IiwgInRoaW5rIiwgImltcG9ydF9rNjYiLCAicGlja1dlaWdodGVkIiwgInBpY2tPbmUiLCAiY2xpZW50Rm9yIiwgInVuaXF1ZVRpdGxlIiwgImltcG9ydF9leGVjdXRpb241IiwgInJlYWRDb3Vyc2UiLCAicmVndWxhclRhc2tzIiwgInJlZ3VsYXJVc2VyIiwgImltcG9ydF9rNjciLCAic3VjY2Vzc0dhdGVzIiwgImJhc2VVc2VycyIsICJmYWN0b3IiLCAiYmFzZWxpbmVTIiwgImhvbGRTIiwgInJlY292ZXJ5UyIsICJvYnNlcnZlUyIsICJyZWNvdmVyeUZhY3RvciIsICJzcGlrZUVuZHNTIiwgImZhaWwiLCAiY29uZmlnIiwgImNvbmZpZyIsICJwb29sIiwgImNsYXNzUGFzc3dvcmQiLCAicG9sbFJlc291cmNlcyIsICJwaGFzZXMiLCAicGhhc2VzIiwgImNvbmZpZyIsICJjb25maWciLCAiY29uZmlnIiwgImNvbmZpZyIsICJ0ZWFyZG93biJdCn0K
