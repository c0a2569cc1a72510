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
      const total = tasks.reduce((sum, t) => sum + t.weight, 0);
      let point = random * total;
      for (const t of tasks) {
        point -= t.weight;
        if (point < 0) return t.task;
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
import { check, group, sleep } from "k6";

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
export {
  capacityUser,
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  teardown2 as teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL2NhcGFjaXR5LnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCAiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL2xvYWQvY2FwYWNpdHktY29udHJvbC50cyIsICIuLi9saWIvbG9hZC9jYXBhY2l0eS1zdGVwcy50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3dvcmtmbG93cy9yZWFkLW1peC50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3JlYWQtd3JpdGUtbWl4LnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiZ2x1ZTpnbHVlOmNhcGFjaXR5IiwgIms2LW9uY2U6azYiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIms2LW9uY2U6azYvZXhlY3V0aW9uIiwgIms2LW9uY2U6azYvaHR0cCIsICJrNi1vbmNlOms2L21ldHJpY3MiLCAiazYtb25jZTprNi9kYXRhIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIms2LW9uY2U6azYvc2VjcmV0cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL2NhcGFjaXR5LXN0ZXBzLnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlLW1hdGgudHMiLCAiLi4vbGliL2xvYWQvY2FwYWNpdHktY29udHJvbC50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3JlYWQtbWl4LnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9yZWFkLXdyaXRlLW1peC50cyIsICIuLi9zY2VuYXJpb3MvY2FwYWNpdHkudHMiLCAiZW50cnk6ZW50cnk6Y2FwYWNpdHkiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLFFBQUEsYUFBQUEsWUFBQTtNQUFBLGNBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLElBQUk7QUFDNURBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsb0JBQUFGLFlBQUE7TUFBQSx3QkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsY0FBYztBQUN0RUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxtQkFBQSxDQUFBO0FBQUEsYUFBQSxrQkFBQTtNQUFBLGNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsU0FBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxnQkFBQTtBQWFBLFFBQUFDLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUNvQmYsUUFBTUMsbUJBQXFDLE9BQU8sT0FBTztNQUM5RCxVQUFVO01BQ1YsVUFBVTtNQUNWLGFBQWE7TUFDYixhQUFhO01BQ2IsWUFBWTtNQUNaLGNBQWM7TUFDZCxhQUFhO01BQ2IsV0FBVztNQUNYLGNBQWM7TUFDZCxVQUFVO01BQ1YsWUFBWTtNQUNaLHNCQUFzQjtJQUN4QixDQUFDO0FDckNNLFFBQU1DLFNBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsUUFBTUMsa0JBQU4sY0FBNkIsTUFBTTtNQUMvQixPQUFPO0lBQ2xCO0FBTU8sYUFBU0MsZUFBY0MsT0FBYyxNQUF3QjtBQUNsRSxZQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsWUFBTUMsU0FBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsY0FBTSxJQUFJSCxnQkFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7TUFDckY7QUFDQSxVQUFJO0FBQ0osVUFBSSxRQUFRO0FBQ1osWUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsWUFBTSxPQUFPRSxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFlBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsWUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLGNBQU0sU0FBbUIsQ0FBQztBQUMxQixZQUFJLFFBQVE7QUFDWixZQUFJLFNBQVM7QUFDYixZQUFJLFlBQVk7QUFDaEIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsZ0JBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsY0FBSSxRQUFRO0FBQ1YsZ0JBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyx1QkFBUztBQUNUO1lBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztnQkFDMUIsVUFBUztVQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixtQkFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxvQkFBUTtBQUNSLHdCQUFZO1VBQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxxQkFBUyxZQUFZO0FBQ3JCLG9CQUFRO1VBQ1YsTUFBTyxVQUFTO1FBQ2xCO0FBQ0EsWUFBSSxPQUFRQyxDQUFBQSxPQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxZQUFJLENBQUMsU0FBUztBQUNaLGdCQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxnQkFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsY0FBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzREEsWUFBQUEsT0FBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO1VBQ2hIO0FBQ0Esb0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxrQkFBUSxPQUFPO0FBQ2Y7UUFDRjtBQUNBLFlBQUksT0FBTyxXQUFXLE1BQU9BLENBQUFBLE9BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsY0FBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsY0FBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsY0FBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFlBQUksVUFBVSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFlBQUksYUFBYSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFlBQUksQ0FBRUosT0FBNEIsU0FBUyxJQUFJO0FBQzdDSSxVQUFBQSxPQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFlBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUdBLENBQUFBLE9BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsYUFBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGlCQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDakQ7QUFDQSxVQUFJLENBQUMsUUFBU0EsQ0FBQUEsT0FBSyxHQUFHLHFGQUFxRjtBQUMzRyxhQUFPO0lBQ1Q7QUFHTyxhQUFTQyxlQUFjLE1BQWMsTUFBeUI7QUFDbkUsWUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFlBQU0sV0FBVztBQUNqQixpQkFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLGNBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFlBQUksQ0FBQztBQUNILGdCQUFNLElBQUlKLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsY0FBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7TUFDM0M7QUFDQSxVQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQ2hELGNBQU0sSUFBSUEsZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixhQUFPO0lBQ1Q7QUFHTyxhQUFTSyxXQUFVLE1BQVksR0FBbUI7QUFDdkQsYUFBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQzlDO0FBR08sYUFBU0MscUJBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGlCQUFXLFFBQVFQLFFBQU87QUFDeEIsWUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGlCQUNFLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7UUFHOUc7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9PLGFBQVNRLFdBQVUsV0FBNEQ7QUFDcEYsVUFBSSxRQUFRO0FBQ1osaUJBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLGNBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsY0FBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFlBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztpQkFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7aUJBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7WUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO01BQ2pDO0FBQ0EsYUFBTztJQUNUO0FDMUZPLFFBQU1DLGVBQU4sY0FBMEIsTUFBTTtNQUM1QixPQUFPO0lBQ2xCO0FBR08sUUFBTUMsaUJBQWdCLEtBQUs7QUFDM0IsUUFBTUMsbUJBQWtCO0FBSS9CLGFBQVNDLEtBQUksS0FBVSxNQUFrQztBQUN2RCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLGFBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0lBQ3REO0FBRUEsYUFBU1IsTUFBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsWUFBTSxJQUFJSyxhQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7SUFDeEY7QUFFQSxhQUFTSSxVQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLGFBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixjQUFNLFFBQVFELEtBQUksS0FBSyxJQUFJO0FBQzNCLFlBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsY0FBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFlBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxjQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFlBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQlMsVUFBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsUUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQkEsVUFBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsUUFBTUMsVUFBU0QsVUFBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsUUFBTUUsWUFBV0YsVUFBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsUUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksQ0FBQVQsTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELGFBQU87SUFDVDtBQUVBLGFBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxhQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7SUFDakM7QUFFQSxhQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxZQUFNLFdBQVc7QUFDakIsVUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsWUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsVUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsYUFBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0lBQ2pDO0FBRUEsYUFBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxZQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxZQUFNLFdBQVc7QUFDakIsVUFBSSxDQUFDLE1BQU8sQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxZQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixZQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsVUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsYUFBTyxFQUFFLEtBQUssSUFBSTtJQUNwQjtBQUVBLGFBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixVQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxhQUFPUixNQUFLLE1BQU0sT0FBTyxlQUFlO0lBQzFDO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxVQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxRQUFBUixNQUFLLE1BQU0sT0FBTyxzRkFBc0Y7TUFDMUc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csYUFBTztRQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7UUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO01BQzVEO0lBQ0Y7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELFVBQUk7QUFDRixlQUFPUCxlQUFjLE9BQU8sSUFBSTtNQUNsQyxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUlJLGFBQVksaUJBQWlCUixrQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO01BQ3ZGO0lBQ0Y7QUFFQSxhQUFTLFFBQVEsS0FBNkI7QUFDNUMsWUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxZQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsVUFBSSxZQUFZO0FBQ2QsUUFBQUcsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxhQUFPO1FBQ0w7UUFDQTtRQUNBLFFBQVEsS0FBSyxLQUFLLDRCQUE0QjtRQUM5QyxnQkFBZ0IsS0FBSyxLQUFLLHNDQUFzQztNQUNsRTtJQUNGO0FBR08sYUFBUyxZQUFZLEtBQWtCO0FBQzVDLFlBQU0sSUFBSUw7QUFDVixZQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixZQUFNLFVBQVUsUUFBUSxHQUFHVyxjQUFhO1FBQ3RDO1FBQ0E7UUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztNQUNyRDtBQUNBLGFBQU87UUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtRQUNyRCxPQUFPO1VBQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7VUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1VBQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtRQUM3RTtRQUNBO1FBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztRQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtRQUNoRTtRQUNBLFdBQVcsUUFBUSxHQUFHQyxnQkFBZSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztRQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7UUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO1FBQ25ELGVBQWVFLFVBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztRQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7UUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztRQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7UUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO1FBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtRQUN2RCxTQUFTO1VBQ1AsVUFBVUMsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsVUFBVUEsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsWUFBWUEsUUFBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7VUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtVQUM3RixhQUFhQyxVQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztVQUNsRSxXQUFXQSxVQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztVQUM1RCxjQUFjRjtZQUNaO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7VUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtVQUN6RSxZQUFZQSxVQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtVQUM5RixzQkFBc0JBO1lBQ3BCO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtRQUNyRTtRQUNBLFdBQVdELEtBQUksS0FBSyx3QkFBd0IsS0FBSztRQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO1FBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtRQUNyRCxTQUFTLFFBQVEsR0FBRztNQUN0QjtJQUNGO0FBR0EsYUFBUyxPQUFPLFNBQXlCO0FBQ3ZDLFlBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELGNBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0lBQ3hDO0FBRUEsYUFBUyxXQUFXLE1BQXVCO0FBQ3pDLGFBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtJQUNuSDtBQU1PLGFBQVMsb0JBQW9CSSxVQUFnQixPQUFxQjtBQUN2RSxZQUFNLE9BQU8sT0FBT0EsU0FBTyxPQUFPO0FBQ2xDLFVBQUksV0FBVyxJQUFJLEtBQUtBLFNBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxZQUFNLElBQUlQO1FBQ1Isb0JBQW9CLEtBQUssYUFBYU8sU0FBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO01BQ2hGO0lBQ0Y7QUFNTyxhQUFTQyxXQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixZQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsYUFBT0osVUFBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtJQUN6RjtBQ3BPQSxRQUFNSyxnQkFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBQ2pILFFBQU1DLGVBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQW9JN0UsYUFBU0MsZ0JBQWUsS0FBb0I7QUFDMUMsWUFBTSxPQUFPLElBQUksaUJBQWlCLEtBQUs7QUFDdkMsVUFBSSxNQUFNO0FBQ1IsY0FBTUMsVUFBUyxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNoRSxjQUFNLE1BQU1BLFFBQU8sS0FBSyxDQUFDLEdBQUcsTUFBTSxDQUFDLE9BQU8sVUFBVSxDQUFDLEtBQUssSUFBSSxLQUFLLElBQUksT0FBWSxJQUFJLEtBQUssS0FBS0EsUUFBTyxJQUFJLENBQUMsQ0FBRztBQUNoSCxZQUFJLE9BQU9BLFFBQU8sU0FBUztBQUN6QixnQkFBTSxJQUFJO1lBQ1IsMkJBQTJCLEtBQUssVUFBVSxJQUFJLENBQUM7VUFDakQ7QUFDRixlQUFPQTtNQUNUO0FBQ0EsWUFBTSxNQUFNSixXQUFVLEtBQUssc0JBQXNCLElBQUlFLGFBQVksR0FBRyxHQUFPLENBQUM7QUFDNUUsWUFBTUUsV0FBbUIsQ0FBQztBQUMxQixlQUFTLElBQUksR0FBRyxJQUFJLEtBQUssS0FBSyxFQUFHQSxDQUFBQSxTQUFPLEtBQUssQ0FBQztBQUM5QyxhQUFPLENBQUMsR0FBR0EsVUFBUSxHQUFHO0lBQ3hCO0FBRU8sUUFBTUMsaUJBQWdCO01BQzNCLE9BQU87TUFDUCxRQUNFO01BQ0YsVUFBVSxDQUFDLFFBQVE7QUFDakIsY0FBTUMsVUFBUU4sV0FBVSxLQUFLLG1CQUFtQixJQUFJQyxjQUFhLEdBQUcsSUFBSSxDQUFDO0FBQ3pFLGNBQU1NLFlBQVVQLFdBQVUsS0FBSyxxQkFBcUIsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNTSxVQUFRLENBQUMsQ0FBQyxDQUFDLEdBQUc7VUFDbkcsS0FBSztVQUNMLEtBQUs7VUFDTCxNQUFNO1FBQ1IsQ0FBQztBQUNELFlBQUlDLGFBQVdEO0FBQ2IsZ0JBQU0sSUFBSTtZQUNSLHFCQUFxQkMsU0FBTyx5Q0FBeUNELE9BQUs7VUFDNUU7QUFDRixlQUFPO1VBQ0wsUUFBUUgsZ0JBQWUsR0FBRztVQUMxQixLQUFLSyxhQUFZLEdBQUc7VUFDcEIsT0FBQUY7VUFDQSxTQUFBQzs7VUFFQSxjQUFjUCxXQUFVLEtBQUssMEJBQTBCLEdBQUdFLGFBQVksR0FBRyxHQUFPLENBQUM7O1VBRWpGLFVBQVVGLFdBQVUsS0FBSyxzQkFBc0IsSUFBSUMsY0FBYSxHQUFHLEtBQU0sQ0FBQzs7VUFFMUUsY0FBY0QsV0FBVSxLQUFLLDJCQUEyQixJQUFJQyxjQUFhLEdBQUcsSUFBSSxDQUFDO1FBQ25GO01BQ0Y7SUFDRjtBQWlEQSxhQUFTTyxhQUFZLEtBQWdDO0FBQ25ELFlBQU0sUUFBUSxJQUFJLGNBQWMsS0FBSyxLQUFLO0FBQzFDLFVBQUksVUFBVSxlQUFlLFVBQVU7QUFDckMsY0FBTSxJQUFJO1VBQ1Isd0JBQXdCLEtBQUssVUFBVSxLQUFLLENBQUM7UUFDL0M7QUFDRixhQUFPO0lBQ1Q7QUNqUEEsUUFBSTtBQUNKLFFBQU0sVUFBVSxNQUNiLGFBQWE7TUFDWixZQUFZO01BQ1osU0FBUztNQUNULFlBQVk7SUFDZDtBQUdLLGFBQVNDLFdBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsVUFBSSxDQUFDLFFBQVEsRUFBRSxXQUFXLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUNwSCxZQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLFVBQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxpQkFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsWUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsZ0JBQU0sSUFBSTtZQUNSLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNO1VBQzFDO1FBQ0Y7TUFDRjtBQUNBLGFBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztJQUNoRjtBQUdPLGFBQVMsV0FBVyxNQUFtRDtBQUM1RSxZQUFNQyxlQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUNBLGdCQUFjLE9BQU9BLGFBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU14QixRQUFPLFdBQVcsSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLGFBQU87UUFDTCxXQUFXQTtRQUNYLGFBQWE7UUFDYixHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUM7TUFDdkU7SUFDRjtBQUdPLGFBQVN5QixnQkFBZSxPQUE2QjtBQUMxRCxZQUFNLE1BQW9CLENBQUM7QUFDM0IsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sTUFBTUYsV0FBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFlBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7TUFDMUQ7QUFDQSxhQUFPO0lBQ1Q7QUN6Q08sUUFBTUcsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUNzRGxFLFFBQU1DLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQUczRixhQUFTQyxhQUFZQyxPQUFjLFFBQWlELFdBQVcsR0FBYTtBQUNqSCxhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQUFBO1FBQ0E7UUFDQSxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxVQUFVLEdBQUcsRUFBRSxTQUFTLEtBQUssUUFBUSxFQUFFLE9BQU8sRUFBRTtRQUM3RSxrQkFBa0I7UUFDbEIsY0FBYztNQUNoQjtJQUNGO0FDekdBLFFBQUFsQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFtQyxvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZUFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxrQkFBK0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNOL0IsUUFBQUMsZUFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0RyQixRQUFNQyxpQkFBZ0I7QURLdEIsUUFBTXJCLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJb0IsYUFBQSxZQUFZQyxnQkFBZSxNQUFNLENBQUNyQixPQUFNLENBQUM7QUFHdEMsYUFBU3NCLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CdEIsU0FBUSxLQUFLO0FBQ2pDLGFBQU9BO0lBQ1Q7QUREQSxhQUFTdUIsa0JBQWlCO0FBQ3hCLGFBQU87O1FBRUwsWUFBWSxJQUFJSixnQkFBQSxNQUFNLG9CQUFvQjs7UUFFMUMsaUJBQWlCLElBQUlBLGdCQUFBLE1BQU0sMEJBQTBCOztRQUVyRCxVQUFVLElBQUlBLGdCQUFBLE1BQU0sa0JBQWtCOztRQUV0QyxnQkFBZ0IsSUFBSUEsZ0JBQUEsUUFBUSx3QkFBd0I7O1FBRXBELGNBQWMsSUFBSUEsZ0JBQUEsTUFBTSxpQ0FBaUM7TUFDM0Q7SUFDRjtBQUdBLFFBQU1LLFVBQVMsU0FBUyxLQUFLeEIsUUFBTyxlQUFlLFNBQVl1QixnQkFBZSxJQUFJO0FBV2xGLFFBQU1FLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxRQUFJQyxVQUFTO0FBQ2IsUUFBSUM7QUFDSixRQUFJQyxjQUFhO0FBTWpCLGFBQVNDLFdBQVUsWUFBb0IsT0FBcUM7QUFDMUUsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7UUFDdEUsR0FBR0w7UUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtNQUNoRCxDQUFVO0FBQ1YsYUFBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7SUFDOUM7QUFHQSxRQUFNLFNBQVM7QUFVUixhQUFTTSxtQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFNO1FBQ04sS0FBSztRQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7UUFDOUMsY0FBYyxHQUFHLE1BQU07UUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7TUFDbkM7SUFDRjtBQUVBLGFBQVNDLE9BQVMsTUFBOEI7QUFDOUMsVUFBSTtBQUNGLGVBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtNQUM5RCxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFTTyxhQUFTckQsZUFBYyxZQUEwQjtBQUV0RCxVQUFJLENBQUNpRCxZQUFZLENBQUFBLGNBQWFDLFdBQVUsWUFBWSxNQUFNO0FBQzFELGlCQUFTO0FBQ1AsY0FBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFBSSxVQUFTLFVBQVU7QUFDbkIsU0FBQSxHQUFBbkQsWUFBQSxPQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsWUFBSW1DLGtCQUFBRCxRQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFlBQUlDLGtCQUFBRCxRQUFLLFNBQVMsYUFBYSxFQUFHO01BQ3BDO0FBQ0EsTUFBQWEsV0FBVSxZQUFZLFVBQVU7QUFDaEMsTUFBQUksVUFBUyxVQUFVO0lBQ3JCO0FBRUEsYUFBU0EsVUFBUyxZQUEwQjtBQUMxQyxZQUFNLE1BQU1mLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCSixPQUFNLElBQUlELEtBQWE7QUFDM0UsWUFBTSxPQUNKLElBQUksV0FBVyxNQUFNTyxPQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxVQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxRQUFBUixRQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsWUFBSUcsZ0JBQWUsVUFBYSxLQUFLLFNBQVNBLFlBQVksQ0FBQUgsUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTRyxXQUFVO0FBQzdHLFFBQUFBLGNBQWEsS0FBSztNQUNwQjtBQUNBLGlCQUFXTyxXQUFVLEtBQUssU0FBUztBQUNqQyxRQUFBUixVQUFTLEtBQUssSUFBSUEsU0FBUVEsUUFBTyxHQUFHO0FBQ3BDLFlBQUlBLFFBQU8sVUFBVSxVQUFhQSxRQUFPLFVBQVUsT0FBUTtBQUMzRCxRQUFBVixRQUFRLFdBQVcsSUFBSVUsUUFBTyxXQUFXO0FBQ3pDLFFBQUFWLFFBQVEsZ0JBQWdCLElBQUlVLFFBQU8saUJBQWlCO0FBQ3BELFFBQUFWLFFBQVEsU0FBUyxJQUFJVSxRQUFPLFNBQVM7TUFDdkM7QUFHQSxVQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFFBQUFqQixrQkFBQUQsUUFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0lBQ3ZGO0FBT08sYUFBU21CLFNBQVEsWUFBMEI7QUFDaEQsTUFBQU4sV0FBVSxZQUFZLFVBQVU7QUFDaEMsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLFlBQVlMLEtBQWE7QUFDM0QsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNTyxPQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxVQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCxRQUFBUixRQUFRLGFBQWEsSUFBSSxRQUFRLHdCQUF3QjtJQUM3RDtBQWVPLGFBQVNZLGVBQWMsUUFBZ0M7QUFDNUQsWUFBTSxRQUFnQjtRQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO1FBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7TUFDakc7QUFDQSxVQUFJLE9BQU8sbUJBQW1CO0FBQzVCLGNBQU0sS0FBSztVQUNULFFBQVE7VUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7UUFDaEUsQ0FBQztBQUNILFVBQUksT0FBTztBQUNULGNBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLGFBQU87SUFDVDtBRzdLQSxRQUFBaEIsZ0JBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDNUIsUUFBQUgscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTb0IsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUXREO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUl1RCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU1yRCxlQUFjbUQsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTeEMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU9zQyxVQUFTdEMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1YsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFTTyxhQUFTbUQsZ0JBQWVDLFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVVuRCxxQkFBb0JtRCxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBU3hDLE9BQVM7QUM5RTVDLFFBQUFsQixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFtQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQXlCLGtCQUFvQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0xwQixRQUFBN0QsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBb0MsZ0JBQThELFFBQUEsYUFBQSxHQUFBLENBQUE7QUNrQnZELFFBQU0wQixhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBN0IsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBMkIsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBQ0csYUFBU0MsaUJBQWdCLE1BQXlDO0FBQ3ZFLE1BQUFELFlBQVc7SUFDYjtBQU9BLFFBQU1FLFdBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixjQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLFFBQUFBLFdBQVUsUUFBUSxJQUFJO01BQ3hCO0FBQ0EsYUFBTztJQUNUO0FBSU8sUUFBTUUsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTWxCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXUSxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNUCxjQUFBN0IsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQXVCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUyxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUUsV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLRyxZQUFBLE9BQU1MLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUYsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVM7QUFDYixtQkFBVyxPQUFPLE9BQU87QUFDdkIsZ0JBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLGNBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztRQUNyRztBQUNBLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUdBLFNBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtNQUM3RjtNQUVBLGFBQWEsUUFBbUM7QUFDOUMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVFBLFNBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO01BQ3JGO01BRUEsVUFBVSxJQUF3QjtBQUNoQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU9BLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7TUFDeEY7TUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVNBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87TUFDMUY7TUFFQSxhQUFhLElBQTJCO0FBQ3RDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztNQUNuRjtNQUVBLFNBQVMsSUFBbUQ7QUFDMUQsZUFBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVFBLFNBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztNQUM3RjtNQUVBLE9BQU8sT0FBd0I7QUFDN0IsZUFBTyxLQUFLLEtBQUssV0FBVyxPQUFPQSxTQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztNQUN0RTtNQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7TUFDdEY7TUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsZUFBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBR0EsU0FBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztNQUM1RztNQUVBLGFBQThDO0FBQzVDLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO01BRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHQSxTQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7TUFDbEc7TUFFQSxhQUE4QjtBQUM1QixlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtJQUNGO0FHdFdBLFFBQUEvRCxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFvQyxnQkFBaUYsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0gxRSxRQUFNa0QsaUJBQWdCO0FBRXRCLFFBQU1DLG9CQUFtQjtBQUV6QixhQUFTQyxjQUFhLEdBQW1CO0FBQzlDLGFBQU8sR0FBR0YsY0FBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDdkQ7QUFHTyxhQUFTRyxVQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsYUFBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0lBQzVFO0FBR08sYUFBUyxRQUFRLE9BQW1DO0FBQ3pELFlBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLGFBQU8sUUFBUSxDQUFDO0lBQ2xCO0FBR0EsYUFBUyxXQUFXLE9BQW1DO0FBQ3JELFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsYUFBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7SUFDcEM7QUFPTyxRQUFNQyxzQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsYUFBU0MsWUFBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLFVBQUksQ0FBQyxNQUFNLFdBQVdKLGlCQUFnQixFQUFHLFFBQU87QUFDaEQsWUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixVQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixZQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLGFBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBS0c7SUFDekU7QURwQ0EsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sYUFBYTtBQXNCbkIsUUFBTSxXQUFXO0FBRWpCLFFBQUksVUFBVTtBQUNkLFFBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxhQUFTLFFBQVFFLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsZUFBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsY0FBTSxRQUF3QixDQUFDO0FBQy9CLGlCQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixjQUFNLE1BQU1DLGNBQUE3QyxRQUFLLE1BQU0sS0FBSztBQUM1QixpQkFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsZ0JBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLGNBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIscUJBQVcsTUFBTTtBQUNqQixXQUFBLEdBQUE4QyxZQUFBLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM3QixVQUFBRCxjQUFBN0MsUUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLGdCQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7VUFDbkIsQ0FBQztRQUNIO0FBQ0EsWUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLG1CQUFTLEtBQUssUUFBUSxDQUFDO1FBQ3pCLENBQUM7TUFDSDtJQUNGO0FBR0EsYUFBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsVUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxhQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07SUFDckY7QUFFQSxhQUFTLEtBQVEsS0FBOEI7QUFDN0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUksSUFBYztNQUN0QyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHTyxhQUFTK0MsWUFDZDdFLFVBQ0EsT0FDQSxVQUMrQztBQUMvQyxZQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtRQUNFO1FBQ0EsT0FBTztVQUNMLFFBQVE7VUFDUixLQUFLLEdBQUdBLFNBQU8sT0FBTyxHQUFHNkMsU0FBUSxPQUFPLENBQUM7VUFDekMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztVQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBTyxTQUFTLElBQUk7QUFDcEIsaUJBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtRQUMzRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBZ0JBLFFBQU0sb0JBQW9CO0FBQzFCLFFBQUksaUJBQWlCO0FBR3JCLGFBQVMsU0FBUyxNQUFjLFNBQVMsT0FBYTtBQUNwRCxVQUFJLENBQUMsVUFBVSxLQUFLLElBQUksSUFBSSxpQkFBaUIsa0JBQW1CO0FBQ2hFLHVCQUFpQixLQUFLLElBQUk7QUFDMUIsY0FBUSxJQUFJLG1CQUFtQixJQUFJLEVBQUU7SUFDdkM7QUFHTyxhQUFTaUMsZUFBYzlFLFVBQWdCLFFBQWdDO0FBQzVFLFlBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxTQUFPO0FBQ3hFLFlBQU0sU0FBd0I7UUFDNUIsVUFBVSxPQUFPO1FBQ2pCLFNBQVM7UUFDVCxRQUFRO1FBQ1IsU0FBUztRQUNULFdBQVc7UUFDWCxTQUFTO01BQ1g7QUFDQSxVQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFlBQU0sZ0JBQWdCO0FBQ3RCLFlBQU0sVUFBbUIsRUFBRSxNQUFNQSxTQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFLGVBQVMsWUFBWSxPQUFPLE1BQU0sZUFBZSxJQUFJO0FBQ3JEO1FBQ0U7UUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztNQUN4QjtBQUNBLFVBQUksU0FBUyxhQUFhLE9BQU87QUFDakMsVUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsWUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLHNCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsU0FBTyxrQkFBa0I7QUFDeEYsYUFBTyxVQUFVLFVBQVU7QUFDM0IsYUFBTztJQUNUO0FBR0EsYUFBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzZDLFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxZQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUdBLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CdUIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd2QixTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDM0Q7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO1VBQ2pDO1FBQ0Y7QUFDQSxpQkFBUyxhQUFhLE9BQU87TUFDL0I7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU95QixjQUFhLENBQUM7WUFDckIsT0FBTyxpQkFBaUIsQ0FBQztZQUN6QixPQUFPO1lBQ1AsZUFBZSxXQUFXLElBQUk7VUFDaEM7QUFDQSxpQkFBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHekIsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQStCLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1BLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR2xDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJrQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZGhGLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNLE9BQU9BLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUc2QyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBb0MsbUJBQUFqRSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTLE1BQU0sU0FBdUI7QUFDcEMsWUFBTWtFLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFlBQU0sTUFBTUMsY0FBQXJELFFBQUssSUFBSW9ELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsVUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtVQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtRQUN2RztNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtVQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtRQUMvQztNQUNGO0lBQ0Y7QUFFQSxhQUFTLGNBQWNsRixVQUFnQixRQUF1QyxNQUFvQjtBQUNoRyxhQUFPLE9BQU8sSUFBSSxLQUFLQSxTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzVDO0FBTUEsYUFBUyxNQUFNQSxVQUFnQixRQUF1QyxNQUFvQjtBQUN4RixVQUFJMEMsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWMxQyxVQUFRLFFBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBUzZFLFlBQVc3RSxVQUFRLE9BQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLGNBQU0sUUFBUUEsU0FBTyxZQUNqQixlQUFlQSxTQUFPLFNBQVMsS0FDL0JBLFNBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxjQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO01BQ3hHO0FBQ0EsYUFBTyxPQUFPO0lBQ2hCO0FBRUEsYUFBUyxZQUFZb0YsVUFBbUIsT0FBZXBGLFVBQXNCO0FBQzNFLFlBQU0sT0FBYSxDQUFDO0FBQ3BCLFlBQU0sWUFBa0IsQ0FBQztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxjQUFNLFVBQVVvRixTQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVVBLFNBQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGtCQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsYUFBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO01BQy9CO0FBQ0EsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJcEYsU0FBTyxxQkFBcUI7QUFDMUQsaUJBQVcsU0FBUyxNQUFNO0FBQ3hCLG1CQUFTO0FBQ1AsZ0JBQU0sTUFBTW9GLFNBQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsY0FBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxjQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxjQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2Ysa0JBQU0sNkRBQTZEcEYsU0FBTyxrQkFBa0IsSUFBSTtBQUNsRyxXQUFBLEdBQUFxRixZQUFBLE9BQU0sR0FBRztRQUNYO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFRQSxtQkFBc0JDLG1CQUEwRDtBQUM5RSxZQUFNLFFBQXVDLENBQUM7QUFDOUMsaUJBQVcsUUFBUXRHLFFBQU87QUFDeEIsWUFBSTtBQUNGLGdCQUFNLFdBQVcsTUFBTTJELGdCQUFBNEMsUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLGNBQUksU0FBVSxPQUFNLElBQUksSUFBSTtRQUM5QixRQUFRO1FBRVI7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FBY3ZGLFVBQWdCLFFBQWdEO0FBQ3JGLFlBQU0sUUFBUVIsV0FBV3lGLG1CQUFBakUsUUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFlBQU0sU0FBa0IsQ0FBQztBQUN6QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJMEIsTUFBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsaUJBQU8sS0FBSyxFQUFFLE1BQU0sR0FBR0EsTUFBSyxRQUFRLE1BQU0sR0FBRyxjQUFjMUMsVUFBUSxRQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7TUFDdkY7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLE9BQU8sUUFBMEI7QUFDeEMsWUFBTSxTQUFTLG9CQUFJLElBQVc7QUFDOUIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGNBQU0sVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ3BELFlBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxJQUFJLFFBQVEsQ0FBQyxDQUFFLEVBQUUsSUFBSSxRQUFRLFFBQVEsU0FBUyxDQUFDLENBQUU7TUFDbEY7QUFDQSxhQUFPLENBQUMsR0FBRyxNQUFNO0lBQ25CO0FBT0EsYUFBUyxlQUFlQSxVQUFnQixRQUF1QjtBQUM3RCxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFlBQU0sT0FBTyxNQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ25FLFlBQU0sT0FBTyxxQkFBcUJBLFNBQU8sUUFBUSxPQUFPLDhCQUE4QixPQUFPLE1BQU07QUFDbkcsVUFBSUEsU0FBTyxRQUFRLGtCQUFrQixDQUFDQSxTQUFPLFFBQVEsUUFBUTtBQUMzRCxjQUFNLFVBQVUsT0FBTyxNQUFNO0FBQzdCLGNBQU0sSUFBSThFLGVBQWM5RSxVQUFRLE9BQU87QUFDdkMsWUFBSSxFQUFFLFdBQVcsUUFBUSxRQUFRO0FBQy9CLGtCQUFRLElBQUksR0FBRyxJQUFJLG9DQUFvQyxRQUFRLE1BQU0sd0JBQXdCLEtBQUssQ0FBQyxFQUFFO0FBQ3JHO1FBQ0Y7QUFDQSxnQkFBUTtVQUNOLGdFQUFnRSxRQUFRLFNBQVMsRUFBRSxNQUFNLE9BQU8sUUFBUSxNQUFNO1FBQ2hIO01BQ0Y7QUFDQSxZQUFNLElBQUk4RSxlQUFjOUUsVUFBUSxNQUFNO0FBQ3RDLGNBQVE7UUFDTixHQUFHLElBQUksS0FBSyxFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsS0FBSyxLQUFLLENBQUM7TUFDaE47SUFDRjtBQVNBLG1CQUFzQndGLFlBQVd4RixVQUFnQnRCLFlBQTBCLENBQUMsR0FBcUI7QUFDL0YsWUFBTXNCLFNBQU8sT0FBTztBQUNwQixZQUFNLFNBQVMsTUFBTXNGLGlCQUFnQjtBQUNyQyxZQUFNLFlBQVksSUFBSXJCLFdBQVVqRSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUNsRSxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRaEIsT0FBTyxRQUFPLElBQUksSUFBSSxNQUFNZ0IsVUFBUSxRQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFRdUUsVUFBUztBQUN2QixZQUFNLFFBQVFTLGVBQWNoRixVQUFRLE9BQU8sT0FBT3FFLG1CQUFrQixDQUFDLFVBQVVJLFlBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxVQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLFVBQUkvRixVQUFRLFNBQVM7QUFDbkIsWUFBSTtBQUNGLHlCQUFlc0IsVUFBUSxjQUFjQSxVQUFRLE1BQU0sQ0FBQztRQUN0RCxTQUFTLE9BQU87QUFDZCxnQkFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7UUFDOUQ7TUFDRjtBQUNBLFlBQU0sa0JBQWtCdEIsVUFBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9zQixRQUFNLElBQUksQ0FBQztBQUVuRyxhQUFPLEVBQUUsT0FBTyxRQUFRLGlCQUFpQixjQUFjLE9BQU8sS0FBSyxNQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCeUYsWUFBV3pGLFVBQWdCLE1BQTBDO0FBQ3pGLFVBQUksQ0FBQyxNQUFNLFNBQVMwQyxNQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFlBQU0sU0FBUyxNQUFNNEMsaUJBQWdCO0FBRXJDLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSTVDLE1BQUssUUFBUSxTQUFTLEdBQUcsT0FBTyxTQUFTMUMsU0FBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxZQUFNLEVBQUUsTUFBTSxJQUFJNkUsWUFBVzdFLFVBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQUksQ0FBQyxPQUFPO0FBQ1YsZ0JBQVE7VUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO1FBQ3RHO0FBQ0E7TUFDRjtBQUNBLFlBQU0sVUFBVWdGLGVBQWNoRixVQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVXlFLFlBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLFVBQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7SUFDeEY7QU05S0EsYUFBUyxtQkFBNEI7QUFDbkMsYUFBTyxTQUFTO0lBQ2xCO0FBR08sYUFBU2lCLGNBQWExRixVQUFnQixXQUF1RDtBQUNsRyxVQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxZQUFNLFFBQVEsVUFBVTtBQUd4QixZQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFlBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLFVBQUlBLFNBQU8sWUFBWTtBQUNyQixrQkFBVSxZQUFZK0IsbUJBQWtCLE1BQU0sU0FBUztBQUN2RCxjQUFNO1VBQ0osR0FBR0ssZUFBYztZQUNmLFVBQVVwQyxTQUFPLFFBQVE7WUFDekIsWUFBWUEsU0FBTyxRQUFRO1lBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsU0FBTyxRQUFRLHVCQUF1QjtZQUMvRSxlQUFlQSxTQUFPO1VBQ3hCLENBQUM7UUFDSDtNQUNGO0FBQ0EsVUFBSUEsU0FBTyxjQUFlLENBQUF5QyxnQkFBZUMsT0FBTSxNQUFNLFNBQVMxRCxRQUFPUSxXQUFVLFNBQVMsQ0FBQztBQUN6RixhQUFPO1FBQ0w7UUFDQSxZQUFZLHNCQUFzQm9CLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlaLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CYztNQUNyQjtJQUNGO0FBTUEsYUFBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsaUJBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFlBQUlELGVBQWMsUUFBUSxFQUFHLFlBQVdILFdBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7TUFDcEc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFNBQVMsVUFBNkI7QUFDN0MsWUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxVQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLFVBQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixnQkFBUSxPQUFPLEtBQUs7QUFDdEIsYUFBTztJQUNUO0FBR08sYUFBUy9CLGtCQUFzQjtBQUNwQyxVQUFJcUIsUUFBVSxXQUFZLENBQUFyQixlQUFZcUIsUUFBVSxVQUFVO0lBQzVEO0FBTUEsYUFBUyx1QkFBNkI7QUFDcEMsVUFBSUEsUUFBVSxXQUFZLENBQUFtQyxTQUFRbkMsUUFBVSxVQUFVO0lBQ3hEO0FBR0EsbUJBQXNCbkIsVUFBUyxNQUErQjtBQUM1RCwyQkFBcUI7QUFDckIsWUFBTTRHLFlBQVd6RixTQUFXLElBQUk7SUFDbEM7QUN6R0EsUUFBQWlCLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQ1dWLGFBQVMwRSxhQUFZLEVBQUUsUUFBQXRGLFVBQVEsT0FBQUUsUUFBTSxHQUF3RDtBQUNsRyxhQUFPRixTQUFPLFFBQVEsQ0FBQyxVQUFVO1FBQy9CLEVBQUUsV0FBVyxHQUFHLFFBQVEsTUFBTTtRQUM5QixFQUFFLFdBQVdFLFNBQU8sUUFBUSxNQUFNO01BQ3BDLENBQUM7SUFDSDtBQUdPLGFBQVNxRixRQUFPQyxZQUFrQixFQUFFLFFBQUF4RixVQUFRLE9BQUFFLFNBQU8sU0FBQUMsVUFBUSxHQUE4QjtBQUM5RixZQUFNLFFBQVEsS0FBSyxNQUFNcUYsYUFBV3RGLE9BQUs7QUFDekMsVUFBSSxRQUFRLEtBQUssU0FBU0YsU0FBTyxPQUFRLFFBQU87QUFDaEQsYUFBTyxFQUFFLE9BQU8sT0FBT0EsU0FBTyxLQUFLLEdBQUksUUFBUXdGLGFBQVcsUUFBUXRGLFdBQVNDLFVBQVE7SUFDckY7QUFZTyxhQUFTc0YsWUFDZCxPQUNBLFNBQ2U7QUFDZixZQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQztBQUNuQyxVQUFJLENBQUMsS0FBTSxRQUFPO0FBQ2xCLFVBQUksS0FBSyxZQUFZLFFBQVE7QUFDM0IsZUFBTyxPQUFPLEtBQUssS0FBSyx1Q0FBdUMsS0FBSyxZQUFZLEtBQUssUUFBUSxDQUFDLENBQUMsU0FBUyxRQUFRLFlBQVksS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM3SSxVQUFJLEtBQUssVUFBVSxRQUFRLEtBQUssUUFBUSxRQUFRO0FBQzlDLGVBQU8sT0FBTyxLQUFLLEtBQUssb0NBQW9DLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQyxTQUFTLFFBQVEsUUFBUTtBQUM1RyxZQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxNQUFNLE1BQU0sRUFBRSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztBQUNoRCxVQUFJLE1BQU0sVUFBYSxJQUFLLEtBQU0sSUFBSTtBQUNwQyxlQUFPLGtDQUFrQyxFQUFHLFFBQVEsQ0FBQyxDQUFDLE1BQU0sRUFBRyxRQUFRLENBQUMsQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLENBQUM7QUFDN0YsYUFBTztJQUNUO0FBR08sUUFBTUMsY0FBYTtBQ3pCbkIsYUFBU3BGLFlBQVcsUUFBMkIsR0FBbUI7QUFDdkUsVUFBSSxPQUFPLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSw2QkFBNkI7QUFDdEUsWUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsYUFBTyxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBTSxJQUFJLE1BQU8sT0FBTyxNQUFNLElBQUksQ0FBQyxDQUFDO0lBQ3JFO0FGMUJBLFFBQU1rRixZQUFXLE9BQU8sS0FBSyxJQUFJLElBQUlHLG1CQUFBaEYsUUFBSyxTQUFTLGFBQWE7QUFHaEUsUUFBSWlGLGNBQWE7QUFHVixhQUFTQyxXQUFVLE9BQXlCO0FBQ2pELE1BQUFELGNBQWE7QUFDYixZQUFNLEtBQUtMLFFBQU9DLFVBQVMsR0FBRyxLQUFLO0FBQ25DLE1BQUFHLG1CQUFBaEYsUUFBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSTtBQUNwRCxNQUFBZ0YsbUJBQUFoRixRQUFLLEdBQUcsUUFBUSxLQUFLLFNBQVMsSUFBSSxTQUFTLFdBQVc7SUFDeEQ7QUFHTyxhQUFTbUYsWUFBVyxPQUFtQixTQUF3RDtBQUNwRyxZQUFNLE9BQW1CLENBQUM7QUFDMUIsVUFBSTtBQUNKLFVBQUksVUFBVSxFQUFFLE9BQU8sSUFBSSxXQUFXLENBQUMsR0FBZSxRQUFRLEVBQUU7QUFDaEUsWUFBTSxRQUFRLE1BQU07QUFDbEIsWUFBSSxRQUFRLFFBQVEsRUFBRztBQUN2QixjQUFNLFFBQVEsTUFBTSxPQUFPLFFBQVEsS0FBSztBQUN4QyxjQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU07QUFDcEMsY0FBTSxJQUFJLFFBQVEsVUFBVTtBQUM1QixhQUFLLEtBQUs7VUFDUjtVQUNBLEdBQUksUUFBUSxJQUFLO1VBQ2pCLE9BQU8sSUFBSSxJQUFJeEYsWUFBVyxRQUFRLFdBQVcsRUFBRSxJQUFJO1VBQ25ELFdBQVcsSUFBSSxJQUFJLFFBQVEsU0FBUyxJQUFJO1FBQzFDLENBQUM7QUFDRCxjQUFNLFNBQVNtRixZQUFXLE1BQU0sT0FBTztBQUN2QyxZQUFJLFVBQVUsUUFBUSxRQUFRLE1BQU0sT0FBTyxTQUFTLEVBQUcsQ0FBQUUsbUJBQUFoRixRQUFLLEtBQUssTUFBTSxHQUFHK0UsV0FBVSxJQUFJLE1BQU0sRUFBRTtNQUNsRztBQUNBLE1BQUFsQyxpQkFBZ0IsQ0FBQyxXQUFXLFlBQVksT0FBTztBQUM3QyxZQUFJLENBQUNvQyxlQUFjLGFBQWEsTUFBTztBQUN2QyxjQUFNLEtBQUtMLFFBQU9DLFVBQVMsR0FBRyxLQUFLO0FBQ25DLFlBQUksQ0FBQyxHQUFJO0FBQ1QscUJBQWEsR0FBRyxVQUFVO0FBQzFCLFlBQUksQ0FBQyxTQUFVO0FBQ2YsWUFBSSxHQUFHLFVBQVUsUUFBUSxPQUFPO0FBQzlCLGdCQUFNO0FBQ04sb0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFRLEVBQUU7UUFDeEQ7QUFDQSxZQUFJLENBQUMsR0FBRyxPQUFRO0FBQ2hCLGdCQUFRLFVBQVUsS0FBSyxVQUFVO0FBQ2pDLFlBQUksQ0FBQyxHQUFJLFNBQVE7TUFDbkIsQ0FBQztJQUNIO0FHekRPLGFBQVNPLFdBQVVqSCxPQUFzQjtBQUM5QyxhQUFPQSxNQUFLO1FBQ1Y7UUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztNQUNyRjtJQUNGO0FBR08sYUFBU2tILG9CQUFtQmxILE9BQXNCO0FBQ3ZELGFBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07SUFDekI7QUFRTyxhQUFTbUgsY0FBYW5ILE9BQWNULFlBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsWUFBTSxVQUFVUyxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFlBQU0sT0FBT1QsVUFBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxZQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixZQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxZQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsYUFBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0lBQzVDO0FDT08sYUFBUyxPQUFPNkgsYUFBNEI7QUFDakQsYUFBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7SUFDaEU7QUFFQSxhQUFTQyxRQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxVQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLGFBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztJQUN4RTtBQUdPLGFBQVNDLGVBQWMsTUFBbUM7QUFDL0QsWUFBTSxPQUF1QixDQUFDO0FBQzlCLGlCQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxtQkFBVyxDQUFDRixhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLGdCQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixnQkFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLGVBQUssS0FBSztZQUNSO1lBQ0EsWUFBQUE7WUFDQSxJQUFJLE9BQU87WUFDWDtZQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO1lBQ2pGLE1BQU1DLFFBQU8sUUFBUSxJQUFJO1VBQzNCLENBQUM7UUFDSDtNQUNGO0FBQ0EsYUFBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0lBQzVGO0FBRUEsUUFBTSxhQUFhO0FBR1osYUFBU0UsY0FBYSxNQUFrQztBQUM3RCxZQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsWUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsWUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFlBQUksQ0FBQyxHQUFHO0FBQ04sY0FBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUs7QUFDekYsZUFBSyxJQUFJLFVBQVUsQ0FBQztRQUN0QjtBQUNBLGVBQU87TUFDVDtBQUNBLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsWUFBSSxDQUFDLE1BQU87QUFDWixjQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixjQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsWUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxpQkFBTyxPQUFPLElBQUksUUFBUSxHQUFHO1lBQzNCLFVBQVUsRUFBRSxTQUFTO1lBQ3JCLEtBQUssRUFBRSxPQUFPO1lBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPO1VBQ2hCLENBQUM7UUFDSCxXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLGNBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87UUFDbEU7TUFDRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztJQUMvRTtBQWtCQSxRQUFNLHFCQUFxQjtBQU9wQixhQUFTQyxtQkFDZCxNQUNBLHVCQUErQyxDQUFDLEdBQ2hDO0FBQ2hCLFlBQU0sWUFBMEIsQ0FBQztBQUNqQyxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFlBQUksYUFBYSxPQUFXO0FBQzVCLGNBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsY0FBTSxlQUFlLHFCQUFxQixRQUFRO0FBQ2xELGNBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNMLGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixrQkFBVSxLQUFLO1VBQ2I7VUFDQSxZQUFBSztVQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtVQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztRQUNwRCxDQUFDO01BQ0g7QUFDQSxZQUFNLFFBQVFDLGFBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxVQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELGdCQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsWUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsWUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxhQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7SUFDbEg7QUFHTyxhQUFTQyxrQkFBaUIsU0FBd0M7QUFDdkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixVQUFJLFFBQVEsZUFBZTtBQUN6QixlQUFPO0FBQ1QsWUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUJDLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBR0EsYUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLGFBQU8sdUJBQXVCLElBQUksc0JBQXNCQSxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7SUFDbEc7QUFHTyxhQUFTQyxhQUFZLEtBQXlCO0FBQ25ELFlBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUtELGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxZQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWFBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxhQUFPLEdBQUdBLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87SUFDbEk7QUFHTyxhQUFTQSxhQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLFVBQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxVQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELFVBQUksU0FBUyxNQUFNO0FBQ2pCLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxlQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztNQUM3QztBQUNBLFVBQUksU0FBUztBQUNYLGVBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsYUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0lBQ2pHO0FBRU8sYUFBU0YsYUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixZQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsYUFBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7SUFDdkU7QUFXTyxhQUFTSSxpQkFBZ0IsTUFBMkM7QUFDekUsVUFBSSxDQUFDLEtBQUssU0FBUyxvQkFBb0IsQ0FBQyxLQUFLLFNBQVMsbUJBQW9CLFFBQU87QUFDakYsYUFBTztRQUNMLGdCQUFnQkosYUFBWSxNQUFNLG9CQUFvQixLQUFLO1FBQzNELGlCQUFpQkEsYUFBWSxNQUFNLHNCQUFzQixPQUFPO1FBQ2hFLDBCQUEwQkEsYUFBWSxNQUFNLG1DQUFtQyxLQUFLO1FBQ3BGLGlCQUFpQkEsYUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7TUFDM0U7SUFDRjtBQUdPLGFBQVNLLGVBQWMsV0FBMkM7QUFDdkUsVUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixlQUFPO0FBQ1QsWUFBTSxTQUFTLFVBQVU7QUFDekIsYUFBTztRQUNMLCtDQUErQ0gsYUFBWSxVQUFVLGdCQUFnQixPQUFPLENBQUM7UUFDN0YsV0FBV0EsYUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7UUFDMUQsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCQSxhQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7UUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtNQUM5QyxFQUFFLEtBQUssSUFBSTtJQUNiO0FBRU8sUUFBTUksaUJBQWdCLENBQUMsU0FBOEJELGVBQWNELGlCQUFnQixJQUFJLENBQUM7QUNsTnhGLFFBQU0seUJBQXlCO0FBdU0vQixhQUFTRyxjQUNkLE1BQ0EsTUFDQSx1QkFBK0MsQ0FBQyxHQUN2QztBQUNULFlBQU0sYUFBYVgsZUFBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBRixhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87UUFDMUY7UUFDQSxZQUFBQTtRQUNBO1FBQ0E7UUFDQTtNQUNGLEVBQUU7QUFDRixhQUFPO1FBQ0wsZ0JBQWdCO1FBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7UUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7UUFDcEQ7UUFDQSxXQUFXRyxjQUFhLElBQUk7UUFDNUIsU0FBU0MsbUJBQWtCLE1BQU0sb0JBQW9CO1FBQ3JELFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pHLFdBQVdNLGlCQUFnQixJQUFJO01BQ2pDO0lBQ0Y7QUFHTyxhQUFTVCxTQUFPLFdBQW1EO0FBQ3hFLFVBQUksVUFBVSxLQUFNLFFBQU8sVUFBVTtBQUNyQyxVQUFJLFVBQVUsV0FBVyxXQUFXLE1BQU0sRUFBRyxRQUFPO0FBQ3BELGFBQU8sZUFBZSxLQUFLLFVBQVUsTUFBTSxJQUFJLE9BQU87SUFDeEQ7QUM5T0EsYUFBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsWUFBTSxPQUFPSixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsWUFBTSxXQUNKLEVBQUUsYUFBYSxRQUFRLEVBQUUsU0FBUyxpQkFBaUIsRUFBRSxNQUFNLEtBQUssWUFBWVcsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7QUFDaEgsWUFBTXpCLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFVBQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlcUIsV0FBVSxRQUFRLENBQUM7QUFDMUQsYUFBTyxHQUFHckIsS0FBSTswQkFBNkJxQixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCQSxXQUFVLFFBQVEsQ0FBQzs7SUFDbEo7QUFFQSxhQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxZQUFNLFNBQVNBLFdBQVUsUUFBUSxJQUFJLGtCQUFrQiwyQkFBMkI7QUFDbEYsYUFBTyw0QkFBNEIsS0FBSzt3QkFBb0QsTUFBTSxlQUFlLE1BQU07O0lBQ3pIO0FBRU8sYUFBU2lCLGFBQVksU0FBMEI7QUFDcEQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUUzQyxZQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksV0FBVyxRQUFRLElBQUksWUFBWSxnQkFBZ0IsSUFBSTtBQUM5RixZQUFNLFFBQVEsS0FBSyxTQUFTO0FBQzVCLFlBQU1DLGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVFsQixXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXa0IsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNaEIsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVMsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2UsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JqQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVUsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdULG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1VLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1Ysb0JBQW1CYSxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQy9ILFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTcUksYUFDZCxNQUNBOUksV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYStILGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZS9ILFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJcUksYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWUwsY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQkssYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVKLG1CQUFrQixNQUFNakksVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTb0ksa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU1NLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFlBQU0sV0FBV1QsYUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxZQUFNLGFBQWFBLGFBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxZQUFNO1FBQ0osS0FBS0UsYUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNPLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVFQLGFBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JPLFNBQVEsUUFBUSxDQUFDLENBQUM7TUFDbk47QUFDQSxZQUFNLEtBQUssYUFBYVAsYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU0xSCxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU80SCxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSTVILEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBS2dJLGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTTSxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTaEosZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRK0ksYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSjtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJRSxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUNqREEsUUFBQXpJLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFFdEIsUUFBSTRJO0FBUUcsYUFBU0MsT0FBTSxPQUEyQztBQUMvRCxZQUFNTCxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxVQUFJQSxXQUFVLEVBQUcsRUFBQSxHQUFBTSxZQUFBLE9BQU1OLFFBQU87QUFDOUIsTUFBQUksYUFBWTtJQUNkO0FBUU8sYUFBU0csY0FBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELFVBQUksUUFBUSxTQUFTO0FBQ3JCLGlCQUFXLEtBQUssT0FBTztBQUNyQixpQkFBUyxFQUFFO0FBQ1gsWUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO01BQzFCO0FBQ0EsYUFBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7SUFDbEM7QUN2QkEsUUFBTUMsVUFBUyxDQUFDLFNBQ2QsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUU5RSxRQUFNQyxPQUErQjtNQUNuQyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNDLFNBQVFBLEtBQUksWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7TUFDM0QsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDQSxNQUFLLFNBQVNBLEtBQUksVUFBVUYsUUFBTyxJQUFJLENBQUMsRUFBRTtNQUM5RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNFLE1BQUssU0FBU0EsS0FBSSxXQUFXRixRQUFPLElBQUksR0FBRyxDQUFDLEVBQUU7TUFDbEUsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDRSxTQUFRQSxLQUFJLE9BQU8sRUFBRTtJQUMzQztBQUdPLGFBQVNDLGdCQUFlRCxNQUFnQixNQUFxQjtBQUNsRSxNQUFBSCxjQUFhRSxJQUFHLEVBQUVDLE1BQUssSUFBSTtJQUM3QjtBQ3BCQSxRQUFBN0csbUJBQXFDLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBRzlCLFFBQU0rRyx1QkFBc0IsSUFBSUMsaUJBQUEsTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxRQUFNQyxzQkFBcUIsSUFBSUQsaUJBQUEsTUFBTSx3QkFBd0IsSUFBSTtBQUVqRSxRQUFNRSw4QkFBNkIsSUFBSUYsaUJBQUEsTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixRQUFNRyxvQkFBbUIsSUFBSUgsaUJBQUEsS0FBSyxtQkFBbUI7QUFFckQsUUFBTUksa0JBQWlCLElBQUlKLGlCQUFBLFFBQVEsaUJBQWlCO0FBRXBELFFBQU1LLG1CQUFrQixJQUFJTCxpQkFBQSxLQUFLLGtCQUFrQjtBQUVuRCxRQUFNTSxrQkFBaUIsSUFBSU4saUJBQUEsUUFBUSxpQkFBaUI7QUNkM0QsUUFBQXJKLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQW1DLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQ0NqQixRQUFBRSxtQkFBd0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFTeEIsUUFBTXVILFlBQVcsSUFBSUMsaUJBQUEsUUFBUSxVQUFVO0FDWHZDLFFBQUE3SixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FGeUJmLGFBQVM4SixhQUFZLE1BQWMsS0FBc0I7QUFDOUQsYUFBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxtQkFBQTdILFFBQUssR0FBRyxRQUFRLE1BQU02SCxtQkFBQTdILFFBQUssR0FBRyxtQkFBbUI7SUFDOUY7QUdYQSxRQUFNOEcsV0FBUyxDQUFDLEVBQUUsS0FBSyxNQUFlLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFFbEgsYUFBU2dCLGtCQUFpQmQsTUFBZ0IsS0FBb0I7QUFDNUQsWUFBTSxVQUFVQSxLQUFJLGFBQWE7UUFDL0IsT0FBT1ksYUFBWSxXQUFXLEdBQUc7UUFDakMsT0FBTztRQUNQLE9BQU87UUFDUCxlQUFlO01BQ2pCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNO0FBQ25CLE1BQUFMLGdCQUFlLElBQUksQ0FBQztBQUNwQlAsV0FBSSxVQUFVLFFBQVEsS0FBSyxFQUFFO0FBQzdCQSxXQUFJLGFBQWEsUUFBUSxLQUFLLEVBQUU7SUFDbEM7QUFFQSxRQUFNRCxRQUErQjtNQUNuQyxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUNDLFNBQVFBLEtBQUksWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7TUFDNUQsRUFBRSxRQUFRLElBQUksTUFBTSxDQUFDQSxNQUFLLFFBQVFBLEtBQUksVUFBVUYsU0FBTyxHQUFHLENBQUMsRUFBRTtNQUM3RCxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUNFLE1BQUssUUFBUUEsS0FBSSxXQUFXRixTQUFPLEdBQUcsR0FBRyxDQUFDLEVBQUU7TUFDakUsRUFBRSxRQUFRLEdBQUcsTUFBTWdCLGtCQUFpQjtJQUN0QztBQUdPLGFBQVNDLGtCQUFpQmYsTUFBZ0IsS0FBb0I7QUFDbkUsTUFBQUgsY0FBYUUsS0FBRyxFQUFFQyxNQUFLLEdBQUc7SUFDNUI7QUNuQ0EsUUFBTSxNQUFNLEVBQUUsT0FBT3BGLFdBQVU7QUE4Q3hCLGFBQVNvRyxZQUFXLGlCQUFpQixPQUFlO0FBQ3pELGFBQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztRQUNsRjtNQUNGO0lBQ0Y7QXBDbENBLFFBQU1oSixXQUFTc0IsZUFBYyxVQUFVO0FBQ3ZDLFFBQU0sRUFBRSxRQUFBakIsU0FBUSxLQUFBNEksTUFBSyxPQUFBMUksUUFBTyxTQUFBQyxVQUFTLGNBQUEwSSxlQUFjLFVBQUFDLFdBQVUsY0FBQUMsY0FBYSxJQUFJOUksZUFBYyxTQUFTLEtBQUs7QUFDMUcsUUFBTStJLGNBQWFILGdCQUFlO0FBQ2xDLFFBQU1JLFNBQW9CLEVBQUUsUUFBQWpKLFNBQVEsT0FBQUUsUUFBTyxTQUFBQyxTQUFRO0FBRW5ELFFBQU0rSSxnQkFBMkI7TUFDL0IsUUFBUSxDQUFDTCxhQUFZO01BQ3JCLE9BQU9FLGdCQUFlRDtNQUN0QixTQUFTQyxnQkFBZSxLQUFLLElBQUk1SSxVQUFTMkksWUFBVyxDQUFDO0lBQ3hEO0FBRUEsUUFBSSxDQUFDRSxZQUFZLENBQUFsRCxZQUFXbUQsUUFBT3RKLFNBQU8sT0FBTztBQUUxQyxRQUFNdEIsV0FBMEIsZ0JBQUFnSCxjQUFhMUYsVUFBUSxPQUFPO01BQ2pFLE9BQU8sQ0FBQzs7TUFDUixXQUFXcUosY0FBYUQsZ0JBQWVELFlBQVc5SSxRQUFPLFNBQVNFO01BQ2xFLFdBQVc7UUFDVCxVQUFVOEksY0FDTnRJLGFBQVksZ0JBQWdCO1VBQzFCLEVBQUUsV0FBV3FJLGVBQWMsUUFBUUYsY0FBYTtVQUNoRCxFQUFFLFdBQVdDLFdBQVUsUUFBUUQsY0FBYTtRQUM5QyxDQUFDLElBQ0QsRUFBRSxHQUFHbkksYUFBWSxnQkFBZ0I0RSxhQUFZMkQsTUFBSyxDQUFDLEdBQUcsa0JBQWtCLEtBQUs7TUFDbkY7TUFDQSxPQUFPLENBQUMsR0FBR04sWUFBVyxDQUFDO0lBQ3pCLEVBQUU7QUFHSyxRQUFNdkssaUJBQWdDLGdCQUFBZ0osbUJBQWtCLEVBQUUsVUFBVSxXQUFXLENBQUM7QUFFaEYsYUFBUzdJLFNBQTBCO0FBQ3hDLGFBQU80RyxZQUFXeEYsVUFBUSxFQUFFLE1BQU0sS0FBSyxDQUFDO0lBQzFDO0FBRUEsUUFBSW9GO0FBRUcsYUFBUzVHLGNBQWEsTUFBcUI7QUFDaEQsVUFBSSxDQUFDNEcsV0FBVWlFLFlBQVksRUFBQSxHQUFBRyxZQUFBLE9BQU0sS0FBSyxPQUFPLElBQUl4SixTQUFPLFdBQVcsR0FBRztBQUN0RSxNQUFBb0YsWUFBVyxJQUFJbkIsV0FBVWpFLFNBQU8sU0FBU0EsU0FBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQ2hGLE1BQUFrRyxXQUFVbUQsY0FBYUUsZ0JBQWVELE1BQUs7QUFDM0MsVUFBSUwsU0FBUSxPQUFRLENBQUFoQixnQkFBZTdDLFNBQVEsSUFBSTtVQUMxQyxDQUFBMkQsa0JBQWlCM0QsU0FBUSxFQUFFLFFBQUFwRixVQUFRLEtBQUssQ0FBQztBQUM5QyxVQUFJcUosWUFBWSxDQUFBMUIsT0FBTTNILFNBQU8sVUFBVTtJQUN6Qzs7Ozs7QXFDdkVBLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNkakMsU0FBUyxPQUFPLE9BQU8sYUFBYTs7O0FDaUM3QixJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxjQUFjO0FBQUEsRUFDZCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDckNNLElBQU0sUUFBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUMvQixPQUFPO0FBQ2xCO0FBTU8sU0FBUyxjQUFjLE1BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU15SixRQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxVQUFNLElBQUksZUFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUNyRjtBQUNBLE1BQUk7QUFDSixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE9BQU8sS0FBSyxXQUFXLENBQUMsTUFBTSxRQUFTLEtBQUssTUFBTSxDQUFDLElBQUk7QUFDN0QsUUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsVUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLFFBQUksU0FBUztBQUNiLFFBQUksWUFBWTtBQUNoQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsVUFBSSxRQUFRO0FBQ1YsWUFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLG1CQUFTO0FBQ1Q7QUFBQSxRQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUMxQixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFBLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQXFCTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7OztBQzNETyxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFHTyxJQUFNLGdCQUFnQixLQUFLO0FBS2xDLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQThLeEQsU0FBUyxVQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUNwT0EsSUFBTSxlQUFlLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLE1BQU0sTUFBTSw0QkFBNEI7QUFDakgsSUFBTSxjQUFjLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLEtBQUs7QUFvSTdFLFNBQVMsZUFBZSxLQUFvQjtBQUMxQyxRQUFNLE9BQU8sSUFBSSxpQkFBaUIsS0FBSztBQUN2QyxNQUFJLE1BQU07QUFDUixVQUFNQyxVQUFTLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ2hFLFVBQU0sTUFBTUEsUUFBTyxLQUFLLENBQUMsR0FBRyxNQUFNLENBQUMsT0FBTyxVQUFVLENBQUMsS0FBSyxJQUFJLEtBQUssSUFBSSxPQUFZLElBQUksS0FBSyxLQUFLQSxRQUFPLElBQUksQ0FBQyxDQUFHO0FBQ2hILFFBQUksT0FBT0EsUUFBTyxTQUFTO0FBQ3pCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsMkJBQTJCLEtBQUssVUFBVSxJQUFJLENBQUM7QUFBQSxNQUNqRDtBQUNGLFdBQU9BO0FBQUEsRUFDVDtBQUNBLFFBQU0sTUFBTSxVQUFVLEtBQUssc0JBQXNCLElBQUksWUFBWSxHQUFHLEdBQU8sQ0FBQztBQUM1RSxRQUFNQSxVQUFtQixDQUFDO0FBQzFCLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxLQUFLLEVBQUcsQ0FBQUEsUUFBTyxLQUFLLENBQUM7QUFDOUMsU0FBTyxDQUFDLEdBQUdBLFNBQVEsR0FBRztBQUN4QjtBQUVPLElBQU0sZ0JBQWdCO0FBQUEsRUFDM0IsT0FBTztBQUFBLEVBQ1AsUUFDRTtBQUFBLEVBQ0YsVUFBVSxDQUFDLFFBQVE7QUFDakIsVUFBTUMsU0FBUSxVQUFVLEtBQUssbUJBQW1CLElBQUksYUFBYSxHQUFHLElBQUksQ0FBQztBQUN6RSxVQUFNQyxXQUFVLFVBQVUsS0FBSyxxQkFBcUIsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNRCxTQUFRLENBQUMsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNuRyxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQUEsTUFDTCxNQUFNO0FBQUEsSUFDUixDQUFDO0FBQ0QsUUFBSUMsWUFBV0Q7QUFDYixZQUFNLElBQUk7QUFBQSxRQUNSLHFCQUFxQkMsUUFBTyx5Q0FBeUNELE1BQUs7QUFBQSxNQUM1RTtBQUNGLFdBQU87QUFBQSxNQUNMLFFBQVEsZUFBZSxHQUFHO0FBQUEsTUFDMUIsS0FBSyxZQUFZLEdBQUc7QUFBQSxNQUNwQixPQUFBQTtBQUFBLE1BQ0EsU0FBQUM7QUFBQTtBQUFBLE1BRUEsY0FBYyxVQUFVLEtBQUssMEJBQTBCLEdBQUcsWUFBWSxHQUFHLEdBQU8sQ0FBQztBQUFBO0FBQUEsTUFFakYsVUFBVSxVQUFVLEtBQUssc0JBQXNCLElBQUksYUFBYSxHQUFHLEtBQU0sQ0FBQztBQUFBO0FBQUEsTUFFMUUsY0FBYyxVQUFVLEtBQUssMkJBQTJCLElBQUksYUFBYSxHQUFHLElBQUksQ0FBQztBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBaURBLFNBQVMsWUFBWSxLQUFnQztBQUNuRCxRQUFNLFFBQVEsSUFBSSxjQUFjLEtBQUssS0FBSztBQUMxQyxNQUFJLFVBQVUsZUFBZSxVQUFVO0FBQ3JDLFVBQU0sSUFBSTtBQUFBLE1BQ1Isd0JBQXdCLEtBQUssVUFBVSxLQUFLLENBQUM7QUFBQSxJQUMvQztBQUNGLFNBQU87QUFDVDs7O0FDblJBLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxNQUFNLGFBQWE7OztBQ0FyQyxTQUFTLG1CQUFtQjs7O0FDR3JCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sZUFBZTs7O0FDSzVCLFNBQVMsZUFBdUI7QUFFOUIsTUFBSSxTQUFTLEVBQUcsQ0FBQyxXQUF3RCxZQUFZLEVBQUc7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxlQUFlLE1BQWdCO0FBQzVELFVBQU0sSUFBSSxNQUFNLDBDQUEwQyxhQUFhLGtDQUFrQztBQUFBLEVBQzNHLENBQUM7QUFDRCxTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVPLElBQU0sU0FBNEIsYUFBYTtBQUcvQyxJQUFNLGdCQUEwQyxNQUFNOzs7QUNON0QsU0FBUyxpQkFBaUI7QUFDeEIsU0FBTztBQUFBO0FBQUEsSUFFTCxZQUFZLElBQUksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLElBRTFDLGlCQUFpQixJQUFJLE1BQU0sMEJBQTBCO0FBQUE7QUFBQSxJQUVyRCxVQUFVLElBQUksTUFBTSxrQkFBa0I7QUFBQTtBQUFBLElBRXRDLGdCQUFnQixJQUFJLFFBQVEsd0JBQXdCO0FBQUE7QUFBQSxJQUVwRCxjQUFjLElBQUksTUFBTSxpQ0FBaUM7QUFBQSxFQUMzRDtBQUNGO0FBR0EsSUFBTSxTQUFTLFNBQVMsS0FBSyxPQUFPLGVBQWUsU0FBWSxlQUFlLElBQUk7QUFXbEYsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLGFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBd0JBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksa0JBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxrQkFBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxhQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsV0FBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDN0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELFdBQVEsV0FBVyxJQUFJLE9BQU8sV0FBVztBQUN6QyxXQUFRLGdCQUFnQixJQUFJLE9BQU8saUJBQWlCO0FBQ3BELFdBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3ZDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixzQkFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGOzs7QUM5R0EsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFpQk8sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FDbkY1QyxPQUFPLGdCQUFnQjs7O0FDc0JoQixJQUFNLFlBQVk7OztBQ0xsQixTQUFTLFFBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixRQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLFVBQVEsVUFBVTtBQUFBLElBQ2hCLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxnQkFBZ0IsT0FBTztBQUFBLElBQ2hDLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztBQUFBLElBQ3JELEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBRzlFLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixNQUFJLE9BQU8sZUFBZSxRQUFRO0FBQ2xDLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBUSxFQUFFO0FBQ2hFLG1CQUFlLFFBQVEsSUFBSTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNUOzs7QUMyQkEsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxTQUFTLFNBQVMsT0FBa0IsT0FBdUI7QUFDekQsVUFBUSxPQUFPO0FBQUEsSUFDYixLQUFLO0FBQ0gsYUFBTyxNQUFNLFFBQVEsTUFBTTtBQUFBLElBQzdCLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsSUFDaEQ7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDaEUsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUN4RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQ3pELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxRQUFRLENBQUM7QUFBQSxJQUM3QixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQzNFLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxJQUNyQyxLQUFLLGFBQWE7QUFDaEIsWUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBQ0Y7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixNQUFNO0FBQ3JDLE1BQUksYUFBYSxRQUFXO0FBQzFCLGVBQVcsYUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsTUFBTSxJQUFJO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQVJuQixlQUFlO0FBQUEsRUFDRTtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUksU0FBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxhQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDO0FBQ2YsUUFBSSxTQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBSyxTQUFTLE9BQU8sU0FBUztBQUNsRCxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ2hHO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sUUFBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO0FBQUEsRUFDcEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsUUFBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN2RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUztBQUNiLGVBQVcsT0FBTyxPQUFPO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLFVBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3JHO0FBQ0EsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxRQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7QUFBQSxFQUM3RjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxRQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtBQUFBLEVBQ3JGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUNuRjtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxRQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sUUFBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLFFBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUM1RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsUUFBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO0FBQUEsRUFDbEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUNGOzs7QUMxVU8sSUFBTSxxQkFBcUIsSUFBSSxLQUFLLEtBQUs7OztBQytEekMsU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEOzs7QUN4RU8sU0FBUyxPQUFPQyxXQUFrQixFQUFFLFFBQUFDLFNBQVEsT0FBQUMsUUFBTyxTQUFBQyxTQUFRLEdBQThCO0FBQzlGLFFBQU0sUUFBUSxLQUFLLE1BQU1ILFlBQVdFLE1BQUs7QUFDekMsTUFBSSxRQUFRLEtBQUssU0FBU0QsUUFBTyxPQUFRLFFBQU87QUFDaEQsU0FBTyxFQUFFLE9BQU8sT0FBT0EsUUFBTyxLQUFLLEdBQUksUUFBUUQsWUFBVyxRQUFRRSxVQUFTQyxTQUFRO0FBQ3JGO0FBWU8sU0FBUyxXQUNkLE9BQ0EsU0FDZTtBQUNmLFFBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ25DLE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsTUFBSSxLQUFLLFlBQVksUUFBUTtBQUMzQixXQUFPLE9BQU8sS0FBSyxLQUFLLHVDQUF1QyxLQUFLLFlBQVksS0FBSyxRQUFRLENBQUMsQ0FBQyxTQUFTLFFBQVEsWUFBWSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzdJLE1BQUksS0FBSyxVQUFVLFFBQVEsS0FBSyxRQUFRLFFBQVE7QUFDOUMsV0FBTyxPQUFPLEtBQUssS0FBSyxvQ0FBb0MsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDLFNBQVMsUUFBUSxRQUFRO0FBQzVHLFFBQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLE1BQU0sTUFBTSxFQUFFLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDO0FBQ2hELE1BQUksTUFBTSxVQUFhLElBQUssS0FBTSxJQUFJO0FBQ3BDLFdBQU8sa0NBQWtDLEVBQUcsUUFBUSxDQUFDLENBQUMsTUFBTSxFQUFHLFFBQVEsQ0FBQyxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsQ0FBQztBQUM3RixTQUFPO0FBQ1Q7QUFHTyxJQUFNLGFBQWE7OztBQ3pCbkIsU0FBUyxXQUFXLFFBQTJCLEdBQW1CO0FBQ3ZFLE1BQUksT0FBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sNkJBQTZCO0FBQ3RFLFFBQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9DLFNBQU8sT0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQU0sSUFBSSxNQUFPLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNyRTs7O0FDMUJBLElBQU0sV0FBVyxPQUFPLEtBQUssSUFBSSxJQUFJLGtCQUFLLFNBQVMsYUFBYTtBQUdoRSxJQUFJLGFBQWE7QUFHVixTQUFTLFVBQVUsT0FBeUI7QUFDakQsZUFBYTtBQUNiLFFBQU0sS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLO0FBQ25DLG9CQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJO0FBQ3BELG9CQUFLLEdBQUcsUUFBUSxLQUFLLFNBQVMsSUFBSSxTQUFTLFdBQVc7QUFDeEQ7QUFHTyxTQUFTLFdBQVcsT0FBbUIsU0FBd0Q7QUFDcEcsUUFBTSxPQUFtQixDQUFDO0FBQzFCLE1BQUk7QUFDSixNQUFJLFVBQVUsRUFBRSxPQUFPLElBQUksV0FBVyxDQUFDLEdBQWUsUUFBUSxFQUFFO0FBQ2hFLFFBQU0sUUFBUSxNQUFNO0FBQ2xCLFFBQUksUUFBUSxRQUFRLEVBQUc7QUFDdkIsVUFBTSxRQUFRLE1BQU0sT0FBTyxRQUFRLEtBQUs7QUFDeEMsVUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNO0FBQ3BDLFVBQU0sSUFBSSxRQUFRLFVBQVU7QUFDNUIsU0FBSyxLQUFLO0FBQUEsTUFDUjtBQUFBLE1BQ0EsR0FBSSxRQUFRLElBQUs7QUFBQSxNQUNqQixPQUFPLElBQUksSUFBSSxXQUFXLFFBQVEsV0FBVyxFQUFFLElBQUk7QUFBQSxNQUNuRCxXQUFXLElBQUksSUFBSSxRQUFRLFNBQVMsSUFBSTtBQUFBLElBQzFDLENBQUM7QUFDRCxVQUFNLFNBQVMsV0FBVyxNQUFNLE9BQU87QUFDdkMsUUFBSSxVQUFVLFFBQVEsUUFBUSxNQUFNLE9BQU8sU0FBUyxFQUFHLG1CQUFLLEtBQUssTUFBTSxHQUFHLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxFQUNsRztBQUNBLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxjQUFjLGFBQWEsTUFBTztBQUN2QyxVQUFNLEtBQUssT0FBTyxTQUFTLEdBQUcsS0FBSztBQUNuQyxRQUFJLENBQUMsR0FBSTtBQUNULGlCQUFhLEdBQUcsVUFBVTtBQUMxQixRQUFJLENBQUMsU0FBVTtBQUNmLFFBQUksR0FBRyxVQUFVLFFBQVEsT0FBTztBQUM5QixZQUFNO0FBQ04sZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFRLEVBQUU7QUFBQSxJQUN4RDtBQUNBLFFBQUksQ0FBQyxHQUFHLE9BQVE7QUFDaEIsWUFBUSxVQUFVLEtBQUssVUFBVTtBQUNqQyxRQUFJLENBQUMsR0FBSSxTQUFRO0FBQUEsRUFDbkIsQ0FBQztBQUNIOzs7QUN4REEsSUFBSTtBQVFHLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNLFVBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUksVUFBVSxFQUFHLE9BQU0sT0FBTztBQUM5QixjQUFZO0FBQ2Q7QUFRTyxTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxNQUFJLFFBQVEsU0FBUztBQUNyQixhQUFXLEtBQUssT0FBTztBQUNyQixhQUFTLEVBQUU7QUFDWCxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUU7QUFBQSxFQUMxQjtBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDOzs7QUN2QkEsSUFBTSxTQUFTLENBQUMsU0FDZCxLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRTlFLElBQU0sTUFBK0I7QUFBQSxFQUNuQyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDM0QsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLEtBQUssU0FBUyxJQUFJLFVBQVUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzlELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxLQUFLLFNBQVMsSUFBSSxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ2xFLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxRQUFRLElBQUksT0FBTyxFQUFFO0FBQzNDO0FBR08sU0FBUyxlQUFlLEtBQWdCLE1BQXFCO0FBQ2xFLGVBQWEsR0FBRyxFQUFFLEtBQUssSUFBSTtBQUM3Qjs7O0FDakJPLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ0gzRCxJQUFNLFdBQVcsSUFBSSxRQUFRLFVBQVU7OztBQ2NoQyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sa0JBQUssR0FBRyxRQUFRLE1BQU0sa0JBQUssR0FBRyxtQkFBbUI7QUFDOUY7OztBQ1hBLElBQU1DLFVBQVMsQ0FBQyxFQUFFLEtBQUssTUFBZSxLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRWxILFNBQVMsaUJBQWlCLEtBQWdCLEtBQW9CO0FBQzVELFFBQU0sVUFBVSxJQUFJLGFBQWE7QUFBQSxJQUMvQixPQUFPLFlBQVksV0FBVyxHQUFHO0FBQUEsSUFDakMsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsZUFBZTtBQUFBLEVBQ2pCLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUSxLQUFNO0FBQ25CLGlCQUFlLElBQUksQ0FBQztBQUNwQixNQUFJLFVBQVUsUUFBUSxLQUFLLEVBQUU7QUFDN0IsTUFBSSxhQUFhLFFBQVEsS0FBSyxFQUFFO0FBQ2xDO0FBRUEsSUFBTUMsT0FBK0I7QUFBQSxFQUNuQyxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDNUQsRUFBRSxRQUFRLElBQUksTUFBTSxDQUFDLEtBQUssUUFBUSxJQUFJLFVBQVVELFFBQU8sR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUM3RCxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUMsS0FBSyxRQUFRLElBQUksV0FBV0EsUUFBTyxHQUFHLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDakUsRUFBRSxRQUFRLEdBQUcsTUFBTSxpQkFBaUI7QUFDdEM7QUFHTyxTQUFTLGlCQUFpQixLQUFnQixLQUFvQjtBQUNuRSxlQUFhQyxJQUFHLEVBQUUsS0FBSyxHQUFHO0FBQzVCOzs7QUNmQSxJQUFNQyxVQUFTLGNBQWMsVUFBVTtBQUN2QyxJQUFNLEVBQUUsUUFBUSxLQUFLLE9BQU8sU0FBUyxjQUFjLFVBQVUsYUFBYSxJQUFJLGNBQWMsU0FBUyxLQUFLO0FBQzFHLElBQU0sYUFBYSxlQUFlO0FBQ2xDLElBQU0sUUFBb0IsRUFBRSxRQUFRLE9BQU8sUUFBUTtBQUVuRCxJQUFNLGVBQTJCO0FBQUEsRUFDL0IsUUFBUSxDQUFDLFlBQVk7QUFBQSxFQUNyQixPQUFPLGVBQWU7QUFBQSxFQUN0QixTQUFTLGVBQWUsS0FBSyxJQUFJLFNBQVMsV0FBVyxDQUFDO0FBQ3hEO0FBRUEsSUFBSSxDQUFDLFdBQVksWUFBVyxPQUFPQSxRQUFPLE9BQU87QUF1QmpELElBQUk7QUFFRyxTQUFTLGFBQWEsTUFBcUI7QUFDaEQsTUFBSSxDQUFDLFVBQVUsV0FBWSxPQUFNLEtBQUssT0FBTyxJQUFJQyxRQUFPLFdBQVcsR0FBRztBQUN0RSxhQUFXLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDaEYsWUFBVSxhQUFhLGVBQWUsS0FBSztBQUMzQyxNQUFJLFFBQVEsT0FBUSxnQkFBZSxRQUFRLElBQUk7QUFBQSxNQUMxQyxrQkFBaUIsUUFBUSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQzlDLE1BQUksV0FBWSxPQUFNQSxRQUFPLFVBQVU7QUFDekM7OztBQ3JFTyxTQUFTLGlCQUFpQixNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsY0FBYyxHQUFHLElBQUk7QUFBRztBQUMzRSxJQUFNLFVBQVUsU0FBUyxJQUFJLFFBQVEsRUFBRSxVQUFVO0FBQ2pELFNBQVMsU0FBUyxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFBRztBQUMzRCxTQUFTQyxhQUFZLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxTQUFTLEdBQUcsSUFBSTtBQUFHOyIsCiAgIm5hbWVzIjogWyJfX2NvbW1vbkpTIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImNhcGFjaXR5VXNlciIsICJoYW5kbGVTdW1tYXJ5IiwgIm9wdGlvbnMiLCAicG9sbFJlc291cmNlcyIsICJzZXR1cCIsICJ0ZWFyZG93biIsICJpbXBvcnRfazYiLCAiREVGQVVMVF9UQVJHRVRTIiwgIlJPTEVTIiwgIlVzZXJzRmlsZUVycm9yIiwgInBhcnNlVXNlcnNDc3YiLCAidGV4dCIsICJmYWlsIiwgInBhcnNlUG9vbFNwZWMiLCAicG9vbEVtYWlsIiwgInRvb1NtYWxsRm9yRGlzdGluY3QiLCAidnVJZEJvdW5kIiwgIkNvbmZpZ0Vycm9yIiwgIk1BWF9SQU1QX1VQX1MiLCAiTUFYX1JBTVBfRE9XTl9TIiwgInJhdyIsICJudW1iZXJJbiIsICJtaWxsaXMiLCAiZnJhY3Rpb24iLCAiY29uZmlnIiwgImVudk51bWJlciIsICJ3aG9sZVNlY29uZHMiLCAid2hvbGVOdW1iZXIiLCAiY2FwYWNpdHlMZXZlbHMiLCAibGV2ZWxzIiwgImNhcGFjaXR5RW50cnkiLCAic3RlcFMiLCAic2V0dGxlUyIsICJjYXBhY2l0eU1peCIsICJtZXRyaWNLZXkiLCAicGVyY2VudGlsZSIsICJ0b0s2VGhyZXNob2xkcyIsICJpc0Fycml2YWxSYXRlIiwgIlNVTU1BUllfVFJFTkRfU1RBVFMiLCAic3RhZ2VkVXNlcnMiLCAiZXhlYyIsICJpbXBvcnRfZXhlY3V0aW9uIiwgImltcG9ydF9odHRwIiwgImltcG9ydF9tZXRyaWNzIiwgImltcG9ydF9kYXRhIiwgIlNIQVJFRF9DT05GSUciLCAiZ3VhcmRlZENvbmZpZyIsICJkZWNsYXJlTWV0cmljcyIsICJzZXJ2ZXIiLCAiUE9MTCIsICJjdXJzb3IiLCAiZXJyb3JzU2VlbiIsICJsb2FkTWFya2VkIiwgIm1hcmtQaGFzZSIsICJodHRwIiwgInJlc291cmNlc1NjZW5hcmlvIiwgInBhcnNlIiwgInBvbGxPbmNlIiwgInNhbXBsZSIsICJlbmRMb2FkIiwgInJlc291cmNlR2F0ZXMiLCAicmVhZEZpbGUiLCAiZmlsZVBvb2wiLCAiaW1wb3J0X2RhdGEyIiwgIm1ha2VQb29sIiwgImFzc2VydERpc3RpbmN0IiwgInBvb2wiLCAiaW1wb3J0X3NlY3JldHMiLCAiQVBJX1NDT1BFIiwgImFwaVBhdGgiLCAicm91dGVOYW1lcyIsICJ0YWdzQnlFbmRwb2ludCIsICJyZXF1ZXN0VGFncyIsICJpc0lkIiwgImlzQ291bnQiLCAiaGFzU2hhcGUiLCAiaXNKc29uIiwgInJlYWRpbmciLCAicmVhZEZpZWxkIiwgIkxhenlSZXN1bHQiLCAicGFyc2VKc29uIiwgInN0YXR1c0NhbGxiYWNrcyIsICJleHBlY3RTdGF0dXMiLCAiaW1wb3J0X2h0dHAyIiwgIm9ic2VydmVyIiwgIm9ic2VydmVSZXF1ZXN0cyIsICJvdXRjb21lIiwgImNoZWNrU2V0cyIsICJjaGVja3NGb3IiLCAiQXBpQ2xpZW50IiwgInBhcmFtcyIsICJpbXBvcnRfazYyIiwgIkRBVEFTRVRfVElUTEUiLCAiUlVOX1RJVExFX0ZJTFRFUiIsICJkYXRhc2V0VGl0bGUiLCAibmV3UnVuSWQiLCAiTElWRV9SVU5fV0lORE9XX01TIiwgImlzTGVmdG92ZXIiLCAiY291bnQiLCAiaW1wb3J0X2h0dHAzIiwgImltcG9ydF9rNjMiLCAicXVpZXRMb2dpbiIsICJlbnN1cmVEYXRhc2V0IiwgIm9wZW4iLCAicmVtb3ZlQ291cnNlcyIsICJpbXBvcnRfZXhlY3V0aW9uMyIsICJ1cmwiLCAiaW1wb3J0X2h0dHA0IiwgImNsaWVudCIsICJpbXBvcnRfazY0IiwgInNlY3JldFBhc3N3b3JkcyIsICJzZWNyZXRzIiwgInByZXBhcmVSdW4iLCAiY2xlYW5VcFJ1biIsICJlbnRyeU9wdGlvbnMiLCAic3dlZXBTdGFnZXMiLCAic3RlcEF0IiwgImVsYXBzZWRTIiwgInN0b3BSZWFzb24iLCAiU1dFRVBfRE9ORSIsICJpbXBvcnRfZXhlY3V0aW9uNCIsICJpblNjZW5hcmlvIiwgImVudGVyU3RlcCIsICJ3YXRjaFN3ZWVwIiwgImVzY2FwZVhtbCIsICJlc2NhcGVNYXJrZG93bkNlbGwiLCAibWFya2Rvd25Db2RlIiwgImV4cHJlc3Npb24iLCAidW5pdE9mIiwgInRocmVzaG9sZFJvd3MiLCAiZW5kcG9pbnRSb3dzIiwgImRyb3BwZWRJdGVyYXRpb25zIiwgIml0ZXJhdGlvbnMiLCAibWV0cmljVmFsdWUiLCAicGVyY2VudGlsZUNhdmVhdCIsICJmb3JtYXRWYWx1ZSIsICJkcm9wcGVkVGV4dCIsICJzZXJ2ZXJSZXNvdXJjZXMiLCAicmVzb3VyY2VzVGV4dCIsICJyZXNvdXJjZXNMaW5lIiwgImJ1aWxkUmVzdWx0cyIsICJqdW5pdFJlcG9ydCIsICJzZWNvbmRzIiwgIm1hcmtkb3duUmVwb3J0IiwgInRleHRTdW1tYXJ5IiwgIm1ha2VIYW5kbGVTdW1tYXJ5IiwgImhvbGRQb2ludCIsICJ0aGluayIsICJpbXBvcnRfazY1IiwgInBpY2tXZWlnaHRlZCIsICJzZWVkZWQiLCAiTUlYIiwgImFwaSIsICJyZWFkTWl4UmVxdWVzdCIsICJjaGFwdGVyR2VuZXJhdGlvbk1zIiwgImltcG9ydF9tZXRyaWNzMiIsICJjb3Vyc2VHZW5lcmF0aW9uTXMiLCAiY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMiLCAiZ2VuZXJhdGlvbkZhaWxlZCIsICJjb3Vyc2VzQ3JlYXRlZCIsICJ3b3JrZmxvd1N1Y2Nlc3MiLCAid29ya2Zsb3dFcnJvcnMiLCAicmVsb2dpbnMiLCAiaW1wb3J0X21ldHJpY3MzIiwgInVuaXF1ZVRpdGxlIiwgImltcG9ydF9leGVjdXRpb241IiwgImNyZWF0ZVJlYWREZWxldGUiLCAicmVhZFdyaXRlTWl4VGFzayIsICJhYm9ydEdhdGVzIiwgIm1peCIsICJjb25maXJtVXNlcnMiLCAiY29uZmlybVMiLCAiY29uZmlybVJhbXBTIiwgImNvbmZpcm1pbmciLCAic3dlZXAiLCAiY29uZmlybVNoYXBlIiwgImltcG9ydF9rNjgiLCAiZmFpbCIsICJsZXZlbHMiLCAic3RlcFMiLCAic2V0dGxlUyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJlbGFwc2VkUyIsICJsZXZlbHMiLCAic3RlcFMiLCAic2V0dGxlUyIsICJzZWVkZWQiLCAiTUlYIiwgImNvbmZpZyIsICJjb25maWciLCAidGVhcmRvd24iXQp9Cg==
