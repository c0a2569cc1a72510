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

// dist/load.control.cjs
var require_load_control = __commonJS({
  "dist/load.control.cjs"(exports, module) {
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
    var load_exports = {};
    __export(load_exports, {
      adminUsers: () => adminUsers2,
      handleSummary: () => handleSummary2,
      healthProbe: () => healthProbe2,
      options: () => options2,
      pollResources: () => pollResources22,
      powerUsers: () => powerUsers2,
      regularUsers: () => regularUsers2,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(load_exports);
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
    var ROLES2 = ["regular", "power", "admin"];
    var UsersFileError2 = class extends Error {
      name = "UsersFileError";
    };
    function parseUsersCsv2(text2, file) {
      const accounts = { regular: [], power: [], admin: [] };
      const fail2 = (line, problem) => {
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
        if (!ROLES2.includes(role))
          fail2(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
        if (seen.has(email.toLowerCase())) fail2(n + 1, `${email} is listed twice`);
        seen.add(email.toLowerCase());
        accounts[role].push({ email, password });
      }
      if (!columns) fail2(1, "the file is empty: it needs the header email,password,role and one line per account");
      return accounts;
    }
    function parsePoolSpec(spec, name) {
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
    function rampingUsers2(exec5, vus, config32) {
      return {
        executor: "ramping-vus",
        exec: exec5,
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
    function wholeRate(perSecond) {
      return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
    }
    function constantRate2(exec5, perSecond, durationS, vus, startTime = "0s") {
      return {
        executor: "constant-arrival-rate",
        exec: exec5,
        ...wholeRate(perSecond),
        duration: `${durationS}s`,
        preAllocatedVUs: vus.preAllocatedVUs,
        maxVUs: vus.maxVUs,
        startTime
      };
    }
    function rampingDurationS2(config32) {
      return config32.rampUpS + config32.durationS + config32.rampDownS;
    }
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    var import_k69 = __toESM(require_k6(), 1);
    var import_execution6 = __toESM(require_execution(), 1);
    var import_http6 = __toESM(require_http(), 1);
    var import_metrics8 = __toESM(require_metrics(), 1);
    var import_data4 = __toESM(require_data(), 1);
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
    var seconds = (min, max) => numberIn(min, max, "a whole number of seconds", true);
    var count = (min, max) => numberIn(min, max, "a whole number", true);
    var millis = numberIn(1, 36e5, "milliseconds (a number)", false);
    var fraction = numberIn(0, 1, "a fraction (e.g. 0.95)", false);
    var text = (env, name, fallback) => {
      const value = env[name];
      if (value === void 0) return fallback;
      if (value.trim() === "") fail(name, value, "a non-empty value");
      return value;
    };
    function url(env, name, fallback) {
      const value = raw(env, name);
      if (value === void 0) return fallback;
      const match = /^(https?):\/\/([^/\s:]+|\[[0-9a-fA-F:]+\])(:\d{1,5})?(\/\S*)?$/.exec(value);
      if (!match) fail(name, value, "an http(s) URL such as http://127.0.0.1:8000");
      return value.replace(/\/+$/, "");
    }
    function weights(env, name) {
      const value = raw(env, name);
      if (value === void 0) return { regular: 70, power: 20, admin: 10 };
      const parts = value.split("/").map((part) => part.trim());
      const expected = "three whole percentages regular/power/admin summing to 100, e.g. 70/20/10";
      if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) fail(name, value, expected);
      const [regular, power, admin] = parts.map(Number);
      if (regular + power + admin !== 100) fail(name, value, expected);
      return { regular, power, admin };
    }
    function thinkTime(env, name) {
      const value = raw(env, name);
      if (value === void 0) return { min: 1, max: 3 };
      const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(value);
      const expected = "seconds as N or MIN-MAX (e.g. 1-3), each at most 60";
      if (!match) fail(name, value, expected);
      const min = Number(match[1]);
      const max = match[2] === void 0 ? min : Number(match[2]);
      if (max < min || max > 60) fail(name, value, expected);
      return { min, max };
    }
    function flag(env, name) {
      const value = raw(env, name);
      if (value === void 0 || value === "" || value === "false" || value === "0") return false;
      if (value === "true" || value === "1") return true;
      return fail(name, value, "true or false");
    }
    function hostList(env, name) {
      const value = raw(env, name);
      if (value === void 0 || value === "") return [];
      const hosts = value.split(",").map((host) => host.trim().toLowerCase());
      if (hosts.some((host) => !/^(\[[0-9a-f:]+\]|[a-z0-9.\-:]+)$/.test(host))) {
        fail(name, value, "a comma-separated list of host names or addresses, e.g. staging.example.com,10.0.0.5");
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
      const value = raw(env, name);
      if (value === void 0 || value === "") return void 0;
      try {
        return parsePoolSpec(value, name);
      } catch (error) {
        throw new ConfigError(error instanceof UsersFileError2 ? error.message : String(error));
      }
    }
    function dataset(env) {
      const courses = count(0, 1e3)(env, "PERFORMANCE_DATASET_COURSES", 20);
      const generated = count(0, 1e3)(env, "PERFORMANCE_DATASET_GENERATED", Math.min(1, courses));
      if (generated > courses)
        fail("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
      return {
        courses,
        generated,
        reseed: flag(env, "PERFORMANCE_DATASET_RESEED"),
        madeByPlatform: flag(env, "PERFORMANCE_DATASET_MADE_BY_PLATFORM")
      };
    }
    function parseConfig(env) {
      const d = DEFAULT_TARGETS;
      const durationS = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
      const rampUpS = seconds(0, MAX_RAMP_UP_S)(
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
        rampDownS: seconds(0, MAX_RAMP_DOWN_S)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS)),
        weights: weights(env, "PERFORMANCE_USER_WEIGHTS"),
        thinkTimeS: thinkTime(env, "PERFORMANCE_THINK_TIME"),
        pollIntervalS: numberIn(0.1, 60, "seconds (a number)", false)(env, "GENERATION_POLL_INTERVAL", 1),
        generationTimeoutS: seconds(1, 24 * 3600)(env, "GENERATION_TIMEOUT", 300),
        chaptersPerCourse: count(1, 20)(env, "GENERATION_CHAPTERS", 3),
        sidecarUrl: url(env, "SIDECAR_URL", void 0),
        sidecarStrict: flag(env, "SIDECAR_STRICT"),
        allowedHosts: hostList(env, "PERFORMANCE_ALLOWED_HOSTS"),
        targets: {
          apiP95Ms: millis(env, "THRESHOLD_API_P95_MS", d.apiP95Ms),
          apiP99Ms: millis(env, "THRESHOLD_API_P99_MS", d.apiP99Ms),
          healthP95Ms: millis(env, "THRESHOLD_HEALTH_P95_MS", d.healthP95Ms),
          exportP95Ms: millis(env, "THRESHOLD_EXPORT_P95_MS", d.exportP95Ms),
          loginP95Ms: millis(env, "THRESHOLD_LOGIN_P95_MS", d.loginP95Ms),
          chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
          successRate: fraction(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
          errorRate: fraction(env, "THRESHOLD_ERROR_RATE", d.errorRate),
          droppedShare: numberIn(
            0,
            1,
            "a share of the scheduled iterations (e.g. 0.01)",
            false
          )(env, "THRESHOLD_DROPPED_SHARE", d.droppedShare),
          memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
          cpuPercent: numberIn(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent),
          memoryGrowthMbPerMin: numberIn(
            0,
            1e6,
            "MB per minute (a number)",
            false
          )(env, "THRESHOLD_MEMORY_GROWTH_MB_PER_MIN", d.memoryGrowthMbPerMin)
        },
        usersFile: raw(env, "PERFORMANCE_USERS_FILE") || void 0,
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
      throw new ConfigError(
        `refusing to run "${entry}" against ${config32.baseUrl}: ${host} is not a loopback address. If you mean to load-test it, allow it with PERFORMANCE_ALLOWED_HOSTS=${host} (comma-separated list).`
      );
    }
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
        (0, import_k69.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
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
    var import_metrics22 = __toESM(require_metrics(), 1);
    var relogins2 = new import_metrics22.Counter("relogins");
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
    var import_execution42 = __toESM(require_execution(), 1);
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
      const exec5 = (name, workflow) => withSecrets2((data) => {
        beforeEach();
        runWorkflow2(name, workflow, { config: config32, data });
      });
      return {
        regularUsers: exec5("regular", regularUser2),
        powerUsers: exec5("power", powerUser2),
        adminUsers: exec5("admin", adminUser2)
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
    var config22 = guardedConfig2("load");
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => ({
      wallTimeS: rampingDurationS2(config22),
      scenarios: {
        ...populationScenarios2(config22, config22.concurrentUsers, (exec5, vus) => rampingUsers2(exec5, vus, config22)),
        // What a monitoring probe sees during the load: GET /health once a second.
        health_probe: constantRate2("healthProbe", 1, rampingDurationS2(config22), { preAllocatedVUs: 1, maxVUs: 2 })
      },
      gates: workflowGates2(config22.targets, ENDPOINTS2)
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({
      scenario: "load",
      requestsPerIteration: { health_probe: 1 }
    });
    function setup2() {
      return prepareRun2(config22, { dataset: true });
    }
    var { regularUsers: regularUsers2, powerUsers: powerUsers2, adminUsers: adminUsers2 } = populationExecs2(config22);
    var probe22;
    function healthProbe2() {
      probe22 ??= new ApiClient2(config22.baseUrl, config22.apiTimeoutS);
      probe22.health();
    }
  }
});

// glue:glue:load
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_load_control();
  }
  return controlSide;
}
globalThis.__coursePerfControl = control;

// lib/users/pool-spec.ts
var ROLES = ["regular", "power", "admin"];
var UsersFileError = class extends Error {
  name = "UsersFileError";
};
function parseUsersCsv(text, file) {
  const accounts = { regular: [], power: [], admin: [] };
  const fail = (line, problem) => {
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
    if (quoted) fail(n + 1, "a quoted field is not closed");
    fields.push(wasQuoted ? field : field.trim());
    if (!columns) {
      const names = fields.map((f) => f.toLowerCase());
      const at = (name) => names.indexOf(name);
      if (at("email") < 0 || at("password") < 0 || at("role") < 0) {
        fail(n + 1, `the first line must be the header email,password,role (got ${JSON.stringify(line.slice(0, 80))})`);
      }
      columns = { email: at("email"), password: at("password"), role: at("role") };
      width = fields.length;
      continue;
    }
    if (fields.length !== width) fail(n + 1, `expected ${width} fields like the header, got ${fields.length}`);
    const email = fields[columns.email] ?? "";
    const password = fields[columns.password] ?? "";
    const role = (fields[columns.role] ?? "").toLowerCase();
    if (email === "") fail(n + 1, "empty email");
    if (password === "") fail(n + 1, `empty password for ${email}`);
    if (!ROLES.includes(role))
      fail(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
    if (seen.has(email.toLowerCase())) fail(n + 1, `${email} is listed twice`);
    seen.add(email.toLowerCase());
    accounts[role].push({ email, password });
  }
  if (!columns) fail(1, "the file is empty: it needs the header email,password,role and one line per account");
  return accounts;
}
function poolEmail(role, n) {
  return `${role}-${String(n).padStart(4, "0")}@example.com`;
}

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

// scenarios/load.ts
var config2 = guardedConfig("load");
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2);
var probe;
function healthProbe() {
  probe ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  probe.health();
}

// entry:entry:load
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
return { adminUsers: adminUsers, handleSummary: handleSummary, healthProbe: healthProbe, options: options, pollResources: pollResources2, powerUsers: powerUsers, regularUsers: regularUsers, setup: setup, teardown: teardown2 };
})();
export const adminUsers = loadSide.adminUsers;
export const handleSummary = loadSide.handleSummary;
export const healthProbe = loadSide.healthProbe;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const powerUsers = loadSide.powerUsers;
export const regularUsers = loadSide.regularUsers;
export const setup = loadSide.setup;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9sb2FkLnRzIiwiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnYudHMiLCIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCIuLi9saWIvcmVwb3J0L3RleHQudHMiLCIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsImdsdWU6Z2x1ZTpsb2FkIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIms2LW9uY2U6azYiLCJrNi1vbmNlOms2L2V4ZWN1dGlvbiIsIms2LW9uY2U6azYvaHR0cCIsIms2LW9uY2U6azYvbWV0cmljcyIsIms2LW9uY2U6azYvZGF0YSIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW52LWxvYWQtc2lkZS50cyIsIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiazYtb25jZTprNi9zZWNyZXRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwiLi4vc2NlbmFyaW9zL2xvYWQudHMiLCJlbnRyeTplbnRyeTpsb2FkIl0sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsUUFBQSxhQUFBQSxZQUFBO01BQUEsY0FBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsSUFBSTtBQUM1REEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxvQkFBQUYsWUFBQTtNQUFBLHdCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxjQUFjO0FBQ3RFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUEsQ0FBQTtBQUFBLGFBQUEsY0FBQTtNQUFBLFlBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsYUFBQSxNQUFBQztNQUFBLFNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsWUFBQSxNQUFBQztNQUFBLGNBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxZQUFBO0FDa0NBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTQyxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLFVBQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsYUFBTztRQUNMLFdBQVdBO1FBQ1gsYUFBYTtRQUNiLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQztNQUN2RTtJQUNGO0FBR08sYUFBU0MsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1GLFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1HLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDckNsRSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNMLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1NLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUYsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0osTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUU0sT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLGtCQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7VUFDaEg7QUFDQSxvQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGtCQUFRLE9BQU87QUFDZjtRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsTUFBT0EsT0FBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxjQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxjQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxjQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsWUFBSSxVQUFVLEdBQUlBLE9BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsWUFBSSxhQUFhLEdBQUlBLE9BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsWUFBSSxDQUFFSCxPQUE0QixTQUFTLElBQUk7QUFDN0NHLGdCQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFlBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUdBLE9BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsYUFBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGlCQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDakQ7QUFDQSxVQUFJLENBQUMsUUFBU0EsT0FBSyxHQUFHLHFGQUFxRjtBQUMzRyxhQUFPO0lBQ1Q7QUFHTyxhQUFTLGNBQWMsTUFBYyxNQUF5QjtBQUNuRSxZQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsWUFBTSxXQUFXO0FBQ2pCLGlCQUFXLFFBQVEsS0FDaEIsTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDMUIsY0FBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsWUFBSSxDQUFDO0FBQ0gsZ0JBQU0sSUFBSUYsZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxjQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztNQUMzQztBQUNBLFVBQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsY0FBTSxJQUFJQSxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLGFBQU87SUFDVDtBQUdPLGFBQVNHLFdBQVUsTUFBWSxHQUFtQjtBQUN2RCxhQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDOUM7QUFHTyxhQUFTQyxxQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csaUJBQVcsUUFBUUwsUUFBTztBQUN4QixZQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsaUJBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztRQUc5RztNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT08sYUFBU00sV0FBVSxXQUE0RDtBQUNwRixVQUFJLFFBQVE7QUFDWixpQkFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsY0FBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxjQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsWUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO2lCQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtpQkFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtZQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUN0SU8sYUFBU0MsWUFBVyxPQUFlQyxVQUErQztBQUN2RixZQUFNLE9BQU8sQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6QyxZQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTyxRQUFRQSxTQUFRLENBQUMsSUFBSyxHQUFHO0FBQ3hELFlBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLO0FBQ25DLFlBQU0sUUFBUSxLQUNYLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUNmLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEtBQUssTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEVBQUU7QUFDekYsZUFBUyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sR0FBRyxRQUFRLElBQUssUUFBTyxNQUFNLElBQUksQ0FBQyxDQUFFO0FBRTdHLGVBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFlBQUlBLFNBQVEsS0FBSyxDQUFDLENBQUUsSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzFELGdCQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxpQkFBTyxPQUFPO0FBQ2QsaUJBQU8sQ0FBQztRQUNWO01BQ0Y7QUFDQSxhQUFPLEVBQUUsU0FBUyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEVBQUc7SUFDckU7QUF5Qk8sYUFBU0MsY0FDZEMsT0FDQSxLQUNBQyxVQUNVO0FBQ1YsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFBRDtRQUNBLFVBQVU7UUFDVixRQUFRO1VBQ04sRUFBRSxVQUFVLEdBQUdDLFNBQU8sT0FBTyxLQUFLLFFBQVEsSUFBSTtVQUM5QyxFQUFFLFVBQVUsR0FBR0EsU0FBTyxTQUFTLEtBQUssUUFBUSxJQUFJO1VBQ2hELEVBQUUsVUFBVSxHQUFHQSxTQUFPLFNBQVMsS0FBSyxRQUFRLEVBQUU7UUFDaEQ7UUFDQSxrQkFBa0I7UUFDbEIsY0FBYztNQUNoQjtJQUNGO0FBR0EsYUFBUyxVQUFVLFdBQXVEO0FBQ3hFLGFBQU8sT0FBTyxVQUFVLFNBQVMsSUFDN0IsRUFBRSxNQUFNLFdBQVcsVUFBVSxLQUFLLElBQ2xDLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7SUFDdEU7QUFHTyxhQUFTQyxjQUNkRixPQUNBLFdBQ0EsV0FDQSxLQUNBLFlBQVksTUFDRjtBQUNWLGFBQU87UUFDTCxVQUFVO1FBQ1YsTUFBQUE7UUFDQSxHQUFHLFVBQVUsU0FBUztRQUN0QixVQUFVLEdBQUcsU0FBUztRQUN0QixpQkFBaUIsSUFBSTtRQUNyQixRQUFRLElBQUk7UUFDWjtNQUNGO0lBQ0Y7QUFHTyxhQUFTRyxrQkFBaUJGLFVBQXFFO0FBQ3BHLGFBQU9BLFNBQU8sVUFBVUEsU0FBTyxZQUFZQSxTQUFPO0lBQ3BEO0FBRU8sUUFBTUcsdUJBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FDN0ZsRyxRQUFBQyxhQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLG9CQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxlQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGtCQUErQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ04vQixRQUFBQyxlQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDNkJyQixRQUFNLGtCQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ01NLFFBQU0sY0FBTixjQUEwQixNQUFNO01BQzVCLE9BQU87SUFDbEI7QUFHTyxRQUFNLGdCQUFnQixLQUFLO0FBQzNCLFFBQU0sa0JBQWtCO0FBSS9CLGFBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsYUFBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7SUFDdEQ7QUFFQSxhQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7SUFDeEY7QUFFQSxhQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsYUFBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLGNBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsUUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixRQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsUUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLFVBQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxhQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7SUFDakM7QUFFQSxhQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxZQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFlBQU0sV0FBVztBQUNqQixVQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixZQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxVQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxhQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07SUFDakM7QUFFQSxhQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxZQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixVQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxhQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7SUFDMUM7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxZQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsYUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELFVBQUk7QUFDRixlQUFPLGNBQWMsT0FBTyxJQUFJO01BQ2xDLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSSxZQUFZLGlCQUFpQmxCLGtCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7TUFDdkY7SUFDRjtBQUVBLGFBQVMsUUFBUSxLQUE2QjtBQUM1QyxZQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFlBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixVQUFJLFlBQVk7QUFDZCxhQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLGFBQU87UUFDTDtRQUNBO1FBQ0EsUUFBUSxLQUFLLEtBQUssNEJBQTRCO1FBQzlDLGdCQUFnQixLQUFLLEtBQUssc0NBQXNDO01BQ2xFO0lBQ0Y7QUFHTyxhQUFTLFlBQVksS0FBa0I7QUFDNUMsWUFBTSxJQUFJO0FBQ1YsWUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTSxVQUFVLFFBQVEsR0FBRyxhQUFhO1FBQ3RDO1FBQ0E7UUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztNQUNyRDtBQUNBLGFBQU87UUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtRQUNyRCxPQUFPO1VBQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7VUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1VBQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtRQUM3RTtRQUNBO1FBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztRQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtRQUNoRTtRQUNBLFdBQVcsUUFBUSxHQUFHLGVBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztRQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7UUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztRQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7UUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO1FBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtRQUN2RCxTQUFTO1VBQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxZQUFZLE9BQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztVQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO1VBQzVELGNBQWM7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtVQUM5RixzQkFBc0I7WUFDcEI7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO1FBQ3JFO1FBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQUdBLGFBQVMsT0FBTyxTQUF5QjtBQUN2QyxZQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxjQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtJQUN4QztBQUVBLGFBQVMsV0FBVyxNQUF1QjtBQUN6QyxhQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7SUFDbkg7QUFNTyxhQUFTLG9CQUFvQlUsVUFBZ0IsT0FBcUI7QUFDdkUsWUFBTSxPQUFPLE9BQU9BLFNBQU8sT0FBTztBQUNsQyxVQUFJLFdBQVcsSUFBSSxLQUFLQSxTQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsWUFBTSxJQUFJO1FBQ1Isb0JBQW9CLEtBQUssYUFBYUEsU0FBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO01BQ2hGO0lBQ0Y7QUM1UE8sUUFBTVMsaUJBQWdCO0FIS3RCLFFBQU1ULFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJUSxhQUFBLFlBQVlDLGdCQUFlLE1BQU0sQ0FBQ1QsT0FBTSxDQUFDO0FBR3RDLGFBQVNVLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CVixTQUFRLEtBQUs7QUFDakMsYUFBT0E7SUFDVDtBRERBLGFBQVNXLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBS1osUUFBTyxlQUFlLFNBQVlXLGdCQUFlLElBQUk7QUFXbEYsUUFBTUUsUUFBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLFFBQUlDLFVBQVM7QUFDYixRQUFJQztBQUNKLFFBQUlDLGNBQWE7QUFNakIsYUFBU0MsV0FBVSxZQUFvQixPQUFxQztBQUMxRSxZQUFNLE1BQU1YLGFBQUFZLFFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztRQUN0RSxHQUFHTDtRQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO01BQ2hELENBQVU7QUFDVixhQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztJQUM5QztBQUdBLFFBQU0sU0FBUztBQVVSLGFBQVNNLG1CQUFrQixXQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztRQUM5QyxjQUFjLEdBQUcsTUFBTTtRQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztNQUNuQztJQUNGO0FBRUEsYUFBU0MsT0FBUyxNQUE4QjtBQUM5QyxVQUFJO0FBQ0YsZUFBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO01BQzlELFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQVNPLGFBQVN4QyxlQUFjLFlBQTBCO0FBRXRELFVBQUksQ0FBQ29DLFlBQVksQ0FBQUEsY0FBYUMsV0FBVSxZQUFZLE1BQU07QUFDMUQsaUJBQVM7QUFDUCxjQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUFJLFVBQVMsVUFBVTtBQUNuQixTQUFBLEdBQUFqQixXQUFBLE9BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxZQUFJQyxrQkFBQU4sUUFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxZQUFJTSxrQkFBQU4sUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFrQixXQUFVLFlBQVksVUFBVTtBQUNoQyxNQUFBSSxVQUFTLFVBQVU7SUFDckI7QUFFQSxhQUFTQSxVQUFTLFlBQTBCO0FBQzFDLFlBQU0sTUFBTWYsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0JKLE9BQU0sSUFBSUQsS0FBYTtBQUMzRSxZQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU1PLE9BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLFVBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFFBQUFSLFFBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7TUFDRjtBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxZQUFJRyxnQkFBZSxVQUFhLEtBQUssU0FBU0EsWUFBWSxDQUFBSCxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVNHLFdBQVU7QUFDN0csUUFBQUEsY0FBYSxLQUFLO01BQ3BCO0FBQ0EsaUJBQVdPLFdBQVUsS0FBSyxTQUFTO0FBQ2pDLFFBQUFSLFVBQVMsS0FBSyxJQUFJQSxTQUFRUSxRQUFPLEdBQUc7QUFDcEMsWUFBSUEsUUFBTyxVQUFVLFVBQWFBLFFBQU8sVUFBVSxPQUFRO0FBQzNELFFBQUFWLFFBQVEsV0FBVyxJQUFJVSxRQUFPLFdBQVc7QUFDekMsUUFBQVYsUUFBUSxnQkFBZ0IsSUFBSVUsUUFBTyxpQkFBaUI7QUFDcEQsUUFBQVYsUUFBUSxTQUFTLElBQUlVLFFBQU8sU0FBUztNQUN2QztBQUdBLFVBQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsUUFBQWpCLGtCQUFBTixRQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7SUFDdkY7QUFPTyxhQUFTd0IsU0FBUSxZQUEwQjtBQUNoRCxNQUFBTixXQUFVLFlBQVksVUFBVTtBQUNoQyxZQUFNLE1BQU1YLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsWUFBWUwsS0FBYTtBQUMzRCxZQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU1PLE9BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLFVBQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELFFBQUFSLFFBQVEsYUFBYSxJQUFJLFFBQVEsd0JBQXdCO0lBQzdEO0FBZU8sYUFBU1ksZUFBYyxRQUFnQztBQUM1RCxZQUFNLFFBQWdCO1FBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7UUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtNQUNqRztBQUNBLFVBQUksT0FBTyxtQkFBbUI7QUFDNUIsY0FBTSxLQUFLO1VBQ1QsUUFBUTtVQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztRQUNoRSxDQUFDO0FBQ0gsVUFBSSxPQUFPO0FBQ1QsY0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsYUFBTztJQUNUO0FLN0tBLFFBQUFoQixnQkFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUM1QixRQUFBSCxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFxQmpCLGFBQVNvQixVQUFTLE1BQXNCO0FBQ3RDLFVBQUk7QUFDRixlQUFPLEtBQUssSUFBSTtNQUNsQixTQUFTLE9BQU87QUFDZCxjQUFNLElBQUk7VUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7UUFDakU7TUFDRjtJQUNGO0FBRUEsYUFBU0MsVUFBUyxNQUFvQjtBQUVwQyxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRckM7QUFDakIsZUFBTyxJQUFJLElBQUksSUFBSXNDLGNBQUE7VUFDakIsU0FBUyxJQUFJO1VBQ2IsTUFBTXBDLGVBQWNrQyxVQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtRQUNoRDtBQUNGLGFBQU87UUFDTCxRQUFRLDBCQUEwQixJQUFJO1FBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztRQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7TUFDOUM7SUFDRjtBQUVBLGFBQVNHLFVBQVM1QixVQUFzQjtBQUN0QyxVQUFJQSxTQUFPLFVBQVcsUUFBTzBCLFVBQVMxQixTQUFPLFNBQVM7QUFDdEQsWUFBTSxRQUFRQSxTQUFPO0FBQ3JCLFVBQUlBLFNBQU8sV0FBVztBQUNwQixlQUFPO1VBQ0wsUUFBUTtVQUNSLE9BQU9BLFNBQU87VUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPUCxXQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztRQUNyRjtNQUNGO0FBQ0EsYUFBTztRQUNMLFFBQVE7UUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7UUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7TUFDN0U7SUFDRjtBQUdPLGFBQVNvQyxhQUFZQyxRQUFZLE1BQVlDLGdCQUE0QztBQUM5RixZQUFNLE9BQU9ELE9BQUssTUFBTSxJQUFJO0FBQzVCLGFBQU8sU0FBUyxJQUFJLFNBQVlBLE9BQUssUUFBUSxPQUFPRSxtQkFBQWpDLFFBQUssR0FBRyxXQUFXLEtBQUssTUFBTWdDLGNBQWE7SUFDakc7QUFHTyxhQUFTRSxnQkFBZUgsUUFBWSxPQUF3QixPQUFxQjtBQUN0RixZQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsaUJBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFlBQU0sVUFBVXBDLHFCQUFvQm9DLE9BQUssT0FBTyxRQUFRQSxPQUFLLE1BQU07QUFDbkUsVUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87SUFDdEM7QUFHTyxRQUFNQSxRQUFhRixVQUFTNUIsT0FBUztBQzlFNUMsUUFBQUksY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQTRCLGtCQUFvQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0xwQixRQUFBOUIsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBOEQsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0Z2RCxRQUFNNkIsYUFBWTtNQUN2QjtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0Y7QUFLTyxRQUFNQyxhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBakMsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBK0IsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBVUosUUFBTUMsV0FBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELFFBQU1DLG9CQUFtQixDQUFDLE1BQWUsRUFBRTtBQUMzQyxRQUFNQyxtQkFBa0IsQ0FBQyxNQUFlLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFFekQsUUFBTUMsYUFBeUYsQ0FBQztBQUVoRyxhQUFTQyxXQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLFVBQUksTUFBTUQsV0FBVSxRQUFRO0FBQzVCLFVBQUksQ0FBQyxLQUFLO0FBQ1IsY0FBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUdGLGtCQUFpQjtBQUNsRixZQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUlDO0FBQ3BFLGNBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsUUFBQUMsV0FBVSxRQUFRLElBQUk7TUFDeEI7QUFDQSxhQUFPO0lBQ1Q7QUFLQSxhQUFTRSxXQUFVLFFBQWdCLEtBQWEsT0FBNEM7QUFDMUYsYUFBTyxVQUFVLFNBQVksU0FBUyxHQUFHLE1BQU0sR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztJQUNqSDtBQUVPLFFBQU1DLGFBQU4sTUFBTSxXQUFVO01BT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCLGFBQUEsVUFBQTtBQUVBLGFBQUEsUUFBQTtBQUVqQixhQUFLLFVBQVUsR0FBRyxRQUFRO01BQzVCO01BTG1CO01BRUE7O01BUm5CLGVBQWU7TUFDRTs7TUFFQSxTQUE0QyxDQUFDOztNQVc5RCxHQUFHLE9BQTBCO0FBQzNCLGVBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztNQUM3RTtNQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsWUFBSUMsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxZQUFJLENBQUNBLFNBQVE7QUFDWCxnQkFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLGNBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxjQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1REEsb0JBQVM7WUFDUDtZQUNBLE1BQU1wQixhQUFZLFFBQVE7WUFDMUIsU0FBUyxLQUFLO1lBQ2Qsa0JBQWtCVSxjQUFhLFFBQVE7VUFDekM7QUFFQSxjQUFJLENBQUMsVUFBV1UsU0FBTyxlQUFlO0FBQ3RDLGVBQUssT0FBTyxRQUFRLElBQUlBO1FBQzFCO0FBQ0EsZUFBT0E7TUFDVDtNQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLGNBQU0sY0FBYyxZQUFZO0FBQ2hDLGNBQU0sTUFBTVQsY0FBQWpDLFFBQUs7VUFDZjtVQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtVQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7VUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztRQUNyRTtBQUVBLGNBQU0sU0FBUyxJQUFJO0FBQ25CLGNBQU0sV0FBVyxXQUFXO0FBQzVCLFlBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxZQUFJLFVBQVUsQ0FBQztBQUNmLFlBQUksU0FBUyxVQUFVO0FBQ3JCLFVBQUEyQixXQUFVO0FBQ1Ysb0JBQVVELFFBQU8sR0FBRyxLQUFLRCxVQUFTLE9BQU9HLFVBQVM7QUFDbEQsVUFBQUQsV0FBVTtRQUNaO0FBQ0EsUUFBQVEsU0FBUSxXQUFXO0FBQ25CLFFBQUFBLFNBQVEsVUFBVTtBQUNsQixjQUFNLEVBQUUsUUFBUSxLQUFLLElBQUlJLFdBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxjQUFNLE1BQUEsR0FBS0ksWUFBQSxPQUFNUixVQUFTLFFBQVEsSUFBSTtBQUN0QyxjQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLFFBQUFELFlBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELGVBQU8sSUFBSUwsWUFBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztNQUNoRztNQUVBLFNBQXFDO0FBQ25DLGVBQU8sS0FBSyxLQUFLLFVBQVUsT0FBT1YsU0FBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO01BQ3BFO01BRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELGVBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUUEsU0FBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDdkY7TUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsWUFBSSxTQUFTcUIsV0FBVSxJQUFJLFNBQVMsTUFBTSxLQUFLO0FBQy9DLGlCQUFTQSxXQUFVLFFBQVEsVUFBVSxNQUFNLE1BQU07QUFDakQsaUJBQVNBLFdBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN2QyxlQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHckIsU0FBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO01BQzdGO01BRUEsYUFBYSxRQUFtQztBQUM5QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUUEsU0FBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07TUFDckY7TUFFQSxVQUFVLElBQXdCO0FBQ2hDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBT0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtNQUN4RjtNQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxlQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBU0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztNQUMxRjtNQUVBLGFBQWEsSUFBMkI7QUFDdEMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVVBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO01BQ25GO01BRUEsU0FBUyxJQUFtRDtBQUMxRCxlQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUUEsU0FBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO01BQzdGO01BRUEsT0FBTyxPQUF3QjtBQUM3QixlQUFPLEtBQUssS0FBSyxXQUFXLE9BQU9BLFNBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO01BQ3RFO01BRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztNQUN0RjtNQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxlQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHQSxTQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO01BQzVHO01BRUEsYUFBOEM7QUFDNUMsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7TUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUdBLFNBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztNQUNsRztNQUVBLGFBQThCO0FBQzVCLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO0lBQ0Y7QUc1V0EsUUFBQWpDLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQWlGLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNIMUUsUUFBTXdELGlCQUFnQjtBQUV0QixRQUFNQyxvQkFBbUI7QUFFekIsYUFBU0MsY0FBYSxHQUFtQjtBQUM5QyxhQUFPLEdBQUdGLGNBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQ3ZEO0FBR08sYUFBU0csVUFBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELGFBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztJQUM1RTtBQUdPLGFBQVNDLFNBQVEsT0FBbUM7QUFDekQsWUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsYUFBTyxRQUFRLENBQUM7SUFDbEI7QUFHQSxhQUFTQyxZQUFXLE9BQW1DO0FBQ3JELFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsYUFBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7SUFDcEM7QUFPTyxRQUFNQyxzQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsYUFBU0MsWUFBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLFVBQUksQ0FBQyxNQUFNLFdBQVdOLGlCQUFnQixFQUFHLFFBQU87QUFDaEQsWUFBTSxRQUFRRyxTQUFRLEtBQUs7QUFDM0IsVUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsWUFBTSxVQUFVQyxZQUFXLEtBQUs7QUFDaEMsYUFBTyxZQUFZLFVBQWEsV0FBV0EsWUFBVyxPQUFPLEtBQUssS0FBS0M7SUFDekU7QURwQ0EsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sYUFBYTtBQXNCbkIsUUFBTSxXQUFXO0FBRWpCLFFBQUksVUFBVTtBQUNkLFFBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxhQUFTLFFBQVFFLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsZUFBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsY0FBTSxRQUF3QixDQUFDO0FBQy9CLGlCQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixjQUFNLE1BQU1DLGNBQUFyRCxRQUFLLE1BQU0sS0FBSztBQUM1QixpQkFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsZ0JBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLGNBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIscUJBQVcsTUFBTTtBQUNqQixXQUFBLEdBQUFzRCxZQUFBLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM3QixVQUFBRCxjQUFBckQsUUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLGdCQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7VUFDbkIsQ0FBQztRQUNIO0FBQ0EsWUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLG1CQUFTLEtBQUssUUFBUSxDQUFDO1FBQ3pCLENBQUM7TUFDSDtJQUNGO0FBR0EsYUFBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsVUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxhQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07SUFDckY7QUFFQSxhQUFTLEtBQVEsS0FBOEI7QUFDN0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUksSUFBYztNQUN0QyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHTyxhQUFTdUQsWUFDZHpFLFVBQ0EsT0FDQSxVQUMrQztBQUMvQyxZQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtRQUNFO1FBQ0EsT0FBTztVQUNMLFFBQVE7VUFDUixLQUFLLEdBQUdBLFNBQU8sT0FBTyxHQUFHcUMsU0FBUSxPQUFPLENBQUM7VUFDekMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztVQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBTyxTQUFTLElBQUk7QUFDcEIsaUJBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtRQUMzRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBZ0JBLFFBQU0sb0JBQW9CO0FBQzFCLFFBQUksaUJBQWlCO0FBR3JCLGFBQVMsU0FBUyxNQUFjLFNBQVMsT0FBYTtBQUNwRCxVQUFJLENBQUMsVUFBVSxLQUFLLElBQUksSUFBSSxpQkFBaUIsa0JBQW1CO0FBQ2hFLHVCQUFpQixLQUFLLElBQUk7QUFDMUIsY0FBUSxJQUFJLG1CQUFtQixJQUFJLEVBQUU7SUFDdkM7QUFHTyxhQUFTcUMsZUFBYzFFLFVBQWdCLFFBQWdDO0FBQzVFLFlBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxTQUFPO0FBQ3hFLFlBQU0sU0FBd0I7UUFDNUIsVUFBVSxPQUFPO1FBQ2pCLFNBQVM7UUFDVCxRQUFRO1FBQ1IsU0FBUztRQUNULFdBQVc7UUFDWCxTQUFTO01BQ1g7QUFDQSxVQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFlBQU0sZ0JBQWdCO0FBQ3RCLFlBQU0sVUFBbUIsRUFBRSxNQUFNQSxTQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFLGVBQVMsWUFBWSxPQUFPLE1BQU0sZUFBZSxJQUFJO0FBQ3JEO1FBQ0U7UUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztNQUN4QjtBQUNBLFVBQUksU0FBUyxhQUFhLE9BQU87QUFDakMsVUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsWUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLHNCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsU0FBTyxrQkFBa0I7QUFDeEYsYUFBTyxVQUFVLFVBQVU7QUFDM0IsYUFBTztJQUNUO0FBR0EsYUFBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3FDLFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxZQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUdBLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CeUIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd6QixTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDM0Q7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO1VBQ2pDO1FBQ0Y7QUFDQSxpQkFBUyxhQUFhLE9BQU87TUFDL0I7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU8yQixjQUFhLENBQUM7WUFDckIsT0FBTyxpQkFBaUIsQ0FBQztZQUN6QixPQUFPO1lBQ1AsZUFBZSxXQUFXLElBQUk7VUFDaEM7QUFDQSxpQkFBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHM0IsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQW1DLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1BLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3RDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJzQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZDVFLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNLE9BQU9BLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdxQyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBd0MsbUJBQUE5RSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTK0UsT0FBTSxTQUF1QjtBQUNwQyxZQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUE5RCxRQUFLLElBQUk2RCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBU2hELGVBQWMvQixVQUFnQmlGLFVBQXVDLE1BQW9CO0FBQ2hHLGFBQU9BLFNBQU8sSUFBSSxLQUFLakYsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVNrRixPQUFNbEYsVUFBZ0JpRixVQUF1QyxNQUFvQjtBQUN4RixVQUFJbkQsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjL0IsVUFBUWlGLFVBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBU1IsWUFBV3pFLFVBQVEsT0FBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsY0FBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsY0FBTSxRQUFRQSxTQUFPLFlBQ2pCLGVBQWVBLFNBQU8sU0FBUyxLQUMvQkEsU0FBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLGNBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7TUFDeEc7QUFDQSxhQUFPLE9BQU87SUFDaEI7QUFFQSxhQUFTLFlBQVksUUFBbUIsT0FBZUEsVUFBc0I7QUFDM0UsWUFBTSxPQUFhLENBQUM7QUFDcEIsWUFBTSxZQUFrQixDQUFDO0FBQ3pCLGVBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLGNBQU0sVUFBVSxPQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsa0JBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixhQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07TUFDL0I7QUFDQSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxjQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLGNBQUksS0FBSyxJQUFJLElBQUk7QUFDZixrQkFBTSw2REFBNkRBLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBbUYsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCQyxtQkFBMEQ7QUFDOUUsWUFBTSxRQUF1QyxDQUFDO0FBQzlDLGlCQUFXLFFBQVEvRixRQUFPO0FBQ3hCLFlBQUk7QUFDRixnQkFBTSxXQUFXLE1BQU02QyxnQkFBQW1ELFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxjQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7UUFDOUIsUUFBUTtRQUVSO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQWNyRixVQUFnQmlGLFVBQWdEO0FBQ3JGLFlBQU0sUUFBUXRGLFdBQVdrRixtQkFBQTlFLFFBQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxZQUFNLFNBQWtCLENBQUM7QUFDekIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSStCLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWMvQixVQUFRaUYsVUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZWpGLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJMEUsZUFBYzFFLFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSTBFLGVBQWMxRSxVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCc0YsWUFBV3RGLFVBQWdCckIsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixNQUFBbUcsT0FBTTlFLFNBQU8sT0FBTztBQUNwQixZQUFNaUYsV0FBUyxNQUFNRyxpQkFBZ0I7QUFDckMsWUFBTUcsY0FBWSxJQUFJNUIsV0FBVTNELFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQ2xFLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVFYLE9BQU8sUUFBTyxJQUFJLElBQUk2RixPQUFNbEYsVUFBUWlGLFVBQVEsSUFBSTtBQUNuRSxZQUFNLFFBQVFoQixVQUFTO0FBQ3ZCLFlBQU0sUUFBUVcsZUFBYzVFLFVBQVEsT0FBTyxPQUFPK0QsbUJBQWtCLENBQUMsVUFBVU0sWUFBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLFVBQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsVUFBSTFGLFVBQVEsU0FBUztBQUNuQixZQUFJO0FBQ0YseUJBQWVxQixVQUFRLGNBQWNBLFVBQVFpRixRQUFNLENBQUM7UUFDdEQsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxZQUFNLGtCQUFrQnRHLFVBQVEsT0FBTyxZQUFZNEcsWUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU92RixRQUFNLElBQUksQ0FBQztBQUVuRyxhQUFPLEVBQUUsT0FBTyxRQUFRLGlCQUFpQixjQUFjLE9BQU8sS0FBS2lGLFFBQU0sRUFBRSxTQUFTLEVBQUU7SUFDeEY7QUFHQSxtQkFBc0JPLFlBQVd4RixVQUFnQixNQUEwQztBQUN6RixVQUFJLENBQUMsTUFBTSxTQUFTOEIsTUFBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxZQUFNbUQsV0FBUyxNQUFNRyxpQkFBZ0I7QUFFckMsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJdEQsTUFBSyxRQUFRLFNBQVMsR0FBR21ELFNBQU8sU0FBU2pGLFNBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsWUFBTSxFQUFFLE1BQU0sSUFBSXlFLFlBQVd6RSxVQUFRLE9BQU8sUUFBUTtBQUNwRCxVQUFJLENBQUMsT0FBTztBQUNWLGdCQUFRO1VBQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztRQUN0RztBQUNBO01BQ0Y7QUFDQSxZQUFNLFVBQVU0RSxlQUFjNUUsVUFBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVVxRSxZQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxVQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0lBQ3hGO0FNOUtBLGFBQVMsbUJBQTRCO0FBQ25DLGFBQU8sU0FBUztJQUNsQjtBQUdPLGFBQVNvQixjQUFhekYsVUFBZ0IsV0FBdUQ7QUFDbEcsVUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsWUFBTSxRQUFRLFVBQVU7QUFHeEIsWUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxZQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixVQUFJQSxTQUFPLFlBQVk7QUFDckIsa0JBQVUsWUFBWW1CLG1CQUFrQixNQUFNLFNBQVM7QUFDdkQsY0FBTTtVQUNKLEdBQUdLLGVBQWM7WUFDZixVQUFVeEIsU0FBTyxRQUFRO1lBQ3pCLFlBQVlBLFNBQU8sUUFBUTtZQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFNBQU8sUUFBUSx1QkFBdUI7WUFDL0UsZUFBZUEsU0FBTztVQUN4QixDQUFDO1FBQ0g7TUFDRjtBQUNBLFVBQUlBLFNBQU8sY0FBZSxDQUFBaUMsZ0JBQWVILE9BQU0sTUFBTSxTQUFTekMsUUFBT00sV0FBVSxTQUFTLENBQUM7QUFDekYsYUFBTztRQUNMO1FBQ0EsWUFBWSxzQkFBc0JSLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlhLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CRztNQUNyQjtJQUNGO0FBTUEsYUFBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsaUJBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFlBQUlmLGVBQWMsUUFBUSxFQUFHLFlBQVdILFdBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7TUFDcEc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFNBQVMsVUFBNkI7QUFDN0MsWUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxVQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLFVBQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixnQkFBUSxPQUFPLEtBQUs7QUFDdEIsYUFBTztJQUNUO0FBR08sYUFBU0wsa0JBQXNCO0FBQ3BDLFVBQUlvQixRQUFVLFdBQVksQ0FBQXBCLGVBQVlvQixRQUFVLFVBQVU7SUFDNUQ7QUFNQSxhQUFTLHVCQUE2QjtBQUNwQyxVQUFJQSxRQUFVLFdBQVksQ0FBQXVCLFNBQVF2QixRQUFVLFVBQVU7SUFDeEQ7QUFHQSxtQkFBc0JoQixVQUFTLE1BQStCO0FBQzVELDJCQUFxQjtBQUNyQixZQUFNd0csWUFBV3hGLFNBQVcsSUFBSTtJQUNsQztBQy9HTyxhQUFTMEYsV0FBVXhHLE9BQXNCO0FBQzlDLGFBQU9BLE1BQUs7UUFDVjtRQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO01BQ3JGO0lBQ0Y7QUFHTyxhQUFTeUcsb0JBQW1CekcsT0FBc0I7QUFDdkQsYUFBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtJQUN6QjtBQVFPLGFBQVMwRyxjQUFhMUcsT0FBY1AsWUFBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxZQUFNLFVBQVVPLE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsWUFBTSxPQUFPUCxVQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFlBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFlBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFlBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxhQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7SUFDNUM7QUNPTyxhQUFTLE9BQU9rSCxhQUE0QjtBQUNqRCxhQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtJQUNoRTtBQUVBLGFBQVNDLFFBQU8sUUFBZ0MsTUFBb0M7QUFDbEYsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELFVBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsYUFBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0lBQ3hFO0FBR08sYUFBU0MsZUFBYyxNQUFtQztBQUMvRCxZQUFNLE9BQXVCLENBQUM7QUFDOUIsaUJBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLG1CQUFXLENBQUNGLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsZ0JBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLGdCQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsZUFBSyxLQUFLO1lBQ1I7WUFDQSxZQUFBQTtZQUNBLElBQUksT0FBTztZQUNYO1lBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7WUFDakYsTUFBTUMsUUFBTyxRQUFRLElBQUk7VUFDM0IsQ0FBQztRQUNIO01BQ0Y7QUFDQSxhQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7SUFDNUY7QUFFQSxRQUFNLGFBQWE7QUFHWixhQUFTRSxjQUFhLE1BQWtDO0FBQzdELFlBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxZQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxZQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsWUFBSSxDQUFDLEdBQUc7QUFDTixjQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSztBQUN6RixlQUFLLElBQUksVUFBVSxDQUFDO1FBQ3RCO0FBQ0EsZUFBTztNQUNUO0FBQ0EsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxZQUFJLENBQUMsTUFBTztBQUNaLGNBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLGNBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixZQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGlCQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7WUFDM0IsVUFBVSxFQUFFLFNBQVM7WUFDckIsS0FBSyxFQUFFLE9BQU87WUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU87VUFDaEIsQ0FBQztRQUNILFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsY0FBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztRQUNsRTtNQUNGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0lBQy9FO0FBa0JBLFFBQU0scUJBQXFCO0FBT3BCLGFBQVNDLG1CQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsWUFBTSxZQUEwQixDQUFDO0FBQ2pDLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxjQUFNLGVBQWUscUJBQXFCLFFBQVE7QUFDbEQsY0FBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0wsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGtCQUFVLEtBQUs7VUFDYjtVQUNBLFlBQUFLO1VBQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO1VBQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO1FBQ3BELENBQUM7TUFDSDtBQUNBLFlBQU0sUUFBUUMsYUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELFVBQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsZ0JBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxZQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixZQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELGFBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtJQUNsSDtBQUdPLGFBQVNDLGtCQUFpQixTQUF3QztBQUN2RSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFVBQUksUUFBUSxlQUFlO0FBQ3pCLGVBQU87QUFDVCxZQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQkMsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHQSxhQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsYUFBTyx1QkFBdUIsSUFBSSxzQkFBc0JBLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztJQUNsRztBQUdPLGFBQVNDLGFBQVksS0FBeUI7QUFDbkQsWUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBS0QsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFlBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYUEsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLGFBQU8sR0FBR0EsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztJQUNsSTtBQUdPLGFBQVNBLGFBQVksT0FBa0MsTUFBb0M7QUFDaEcsVUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLFVBQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsVUFBSSxTQUFTLE1BQU07QUFDakIsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLGVBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO01BQzdDO0FBQ0EsVUFBSSxTQUFTO0FBQ1gsZUFBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxhQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7SUFDakc7QUFFTyxhQUFTRixhQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFlBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxhQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtJQUN2RTtBQVdPLGFBQVNJLGlCQUFnQixNQUEyQztBQUN6RSxVQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixhQUFPO1FBQ0wsZ0JBQWdCSixhQUFZLE1BQU0sb0JBQW9CLEtBQUs7UUFDM0QsaUJBQWlCQSxhQUFZLE1BQU0sc0JBQXNCLE9BQU87UUFDaEUsMEJBQTBCQSxhQUFZLE1BQU0sbUNBQW1DLEtBQUs7UUFDcEYsaUJBQWlCQSxhQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztNQUMzRTtJQUNGO0FBR08sYUFBU0ssZUFBYyxXQUEyQztBQUN2RSxVQUFJLENBQUMsYUFBYyxVQUFVLG1CQUFtQixRQUFRLFVBQVUsb0JBQW9CO0FBQ3BGLGVBQU87QUFDVCxZQUFNLFNBQVMsVUFBVTtBQUN6QixhQUFPO1FBQ0wsK0NBQStDSCxhQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztRQUM3RixXQUFXQSxhQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztRQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUJBLGFBQVksUUFBUSxPQUFPLENBQUMsU0FBUztRQUNsRixtQkFBbUIsVUFBVSxlQUFlO01BQzlDLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUFFTyxRQUFNSSxpQkFBZ0IsQ0FBQyxTQUE4QkQsZUFBY0QsaUJBQWdCLElBQUksQ0FBQztBQ2xOeEYsUUFBTSx5QkFBeUI7QUF1TS9CLGFBQVNHLGNBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsWUFBTSxhQUFhWCxlQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFGLGFBQVksSUFBSSxVQUFVLEtBQUssT0FBTztRQUMxRjtRQUNBLFlBQUFBO1FBQ0E7UUFDQTtRQUNBO01BQ0YsRUFBRTtBQUNGLGFBQU87UUFDTCxnQkFBZ0I7UUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztRQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztRQUNwRDtRQUNBLFdBQVdHLGNBQWEsSUFBSTtRQUM1QixTQUFTQyxtQkFBa0IsTUFBTSxvQkFBb0I7UUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekcsV0FBV00saUJBQWdCLElBQUk7TUFDakM7SUFDRjtBQUdPLGFBQVNULFNBQU8sV0FBbUQ7QUFDeEUsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLFVBQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsYUFBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztJQUN4RDtBQzlPQSxhQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxZQUFNLE9BQU9KLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZVyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxZQUFNbkIsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsVUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWVlLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR2YsS0FBSTswQkFBNkJlLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0JBLFdBQVUsUUFBUSxDQUFDOztJQUNsSjtBQUVBLGFBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFlBQU0sU0FBU0EsV0FBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixhQUFPLDRCQUE0QixLQUFLO3dCQUFvRCxNQUFNLGVBQWUsTUFBTTs7SUFDekg7QUFFTyxhQUFTaUIsYUFBWSxTQUEwQjtBQUNwRCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBRTNDLFlBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxXQUFXLFFBQVEsSUFBSSxZQUFZLGdCQUFnQixJQUFJO0FBQzlGLFlBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsWUFBTUMsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFlBQU0sUUFBUWxCLFdBQVUsZUFBZSxRQUFRLElBQUksUUFBUSxFQUFFO0FBQzdELFlBQU0sUUFBUSxDQUFDLEdBQUksU0FBUyxDQUFDLFVBQVUsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMxRyxhQUFPO1FBQ0w7UUFDQSx5Q0FBeUMsS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLFdBQVdrQixRQUFPO1FBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztRQUNwSCxHQUFHO1FBQ0g7UUFDQTtRQUNBO01BQ0YsRUFBRSxLQUFLLElBQUk7SUFDYjtBQ2pDQSxhQUFTLGVBQWUsTUFBb0M7QUFDMUQsYUFBTztRQUNMO1FBQ0E7UUFDQSxHQUFHLEtBQUs7VUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU1oQixjQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNUyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztRQUNsSDtNQUNGO0lBQ0Y7QUFFTyxhQUFTZSxnQkFBZSxTQUEwQjtBQUN2RCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUN2QyxZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFFdEMsWUFBTSxVQUNKLEtBQUssV0FBVyxJQUNaLGtCQUNBLE9BQU8sU0FBUyxJQUNkLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLHVCQUNwQyxRQUFRLFlBQVksaUJBQ2xCLHVCQUF1QixLQUFLLE1BQU0sK0RBQ2xDLFNBQVMsS0FBSyxNQUFNO0FBQzlCLFlBQU0sUUFBUSxDQUFDLGtCQUFrQmpCLGNBQWEsUUFBUSxJQUFJLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUU7QUFDekcsVUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELFVBQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsY0FBTTtVQUNKO1VBQ0EsWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sV0FBVyxJQUFJLEtBQUssR0FBRztVQUMzRTtVQUNBLEdBQUcsZUFBZSxNQUFNO1VBQ3hCO1VBQ0E7VUFDQTtRQUNGO01BQ0Y7QUFDQSxZQUFNLFlBQVksUUFBUTtBQUMxQixVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTTtZQUNKLEtBQUtELG9CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNVSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO1VBQ3ROO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxVQUFVLFFBQVEsV0FBVztBQUNuQyxZQUFNLFNBQVNELGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBR1Qsb0JBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsbUJBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsZ0JBQU07WUFDSixLQUFLQSxvQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTVUsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUUEsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBY0EsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO1VBQ3JPO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxLQUFLVixvQkFBbUJhLGVBQWMsUUFBUSxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ25FLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUNyREEsUUFBTSxXQUFXLG9CQUFJLElBQUk7TUFDdkI7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0YsQ0FBQztBQUNELFFBQU0sV0FBVyxDQUFDLFNBQ2hCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTFGLGFBQVMsTUFBTSxPQUFnQjtBQUM3QixZQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDdEgsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixhQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtJQUN2RTtBQUVPLGFBQVM0SCxhQUNkLE1BQ0FuSSxXQUNRO0FBQ1IsWUFBTSxJQUFJLE1BQU1BLFVBQVEsS0FBSztBQUM3QixZQUFNLFFBQWtCLENBQUM7QUFDekIsWUFBTSxhQUFhb0gsZUFBYyxJQUFJO0FBQ3JDLFlBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsWUFBTTtRQUNKLEVBQUU7VUFDQSxlQUFlcEgsVUFBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQztRQUNyTjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxpQkFBVyxLQUFLLFlBQVk7QUFDMUIsY0FBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLGNBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUkwSCxhQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO01BQzdHO0FBQ0EsWUFBTSxZQUFZTCxjQUFhLElBQUk7QUFDbkMsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsY0FBTTtVQUNKO1VBQ0EsRUFBRTtZQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO1VBQzFJO1FBQ0Y7QUFDQSxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU0sT0FBTyxDQUFDLE1BQXFCSyxhQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxnQkFBTTtZQUNKLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1VBQ2hMO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sVUFBVUosbUJBQWtCLE1BQU10SCxVQUFRLG9CQUFvQjtBQUNwRSxZQUFNLFNBQVN5SCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLG1CQUFXLE9BQU8sUUFBUSxVQUFXLE9BQU0sS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJRSxhQUFZLEdBQUcsQ0FBQyxFQUFFO01BQ3ZHO0FBQ0EsWUFBTU0sWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsWUFBTSxXQUFXVCxhQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFlBQU0sYUFBYUEsYUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFlBQU07UUFDSixLQUFLRSxhQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY08sV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUVAsYUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQk8sU0FBUSxRQUFRLENBQUMsQ0FBQztNQUNuTjtBQUNBLFlBQU0sS0FBSyxhQUFhUCxhQUFZRixhQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFlBQU0sU0FBU0EsYUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxZQUFNO1FBQ0osYUFBYUUsYUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZQSxhQUFZRixhQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU9FLGNBQWFGLGFBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNQSxhQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUM7TUFDM087QUFDQSxZQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFDMUMsT0FBTyxRQUFRLEVBQ2YsS0FBSztBQUNSLFVBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLG1CQUFXLFFBQVEsUUFBUTtBQUN6QixnQkFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLGdCQUFNLElBQUksRUFBRTtBQUNaLGdCQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxnQkFBTWpILFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBT21ILGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1RBLGFBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0JBLGFBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLGdCQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJbkgsS0FBSSxFQUFFO1FBQ3JGO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxLQUFLdUgsZUFBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUM5R0EsUUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELGFBQVNNLG1CQUFrQixNQUFtQjtBQUNuRCxhQUFPLFNBQVN0SSxnQkFBYyxNQUEyQztBQUN2RSxjQUFNLE1BQThCO1VBQ2xDLFFBQVFxSSxhQUFZLE1BQU07WUFDeEIsVUFBVSxLQUFLO1lBQ2YsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCO1lBQ25DLHNCQUFzQixLQUFLO1VBQzdCLENBQUM7UUFDSDtBQUNBLGNBQU0sTUFBTSxNQUFNO0FBQ2xCLFlBQUksS0FBSztBQUNQLGdCQUFNLFVBQVVKO1lBQ2Q7WUFDQTtjQUNFLFVBQVUsS0FBSztjQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7Y0FDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO2NBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7WUFDdEM7WUFDQSxLQUFLO1VBQ1A7QUFFQSxnQkFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDOztBQUNoRSxjQUFJLEdBQUcsR0FBRyxZQUFZLElBQUlDLGFBQVksT0FBTztBQUM3QyxjQUFJLEdBQUcsR0FBRyxhQUFhLElBQUlFLGdCQUFlLE9BQU87UUFDbkQ7QUFDQSxlQUFPO01BQ1Q7SUFDRjtBQzlDQSxRQUFBdEcsbUJBQXdCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBU3hCLFFBQU15RyxZQUFXLElBQUlDLGlCQUFBLFFBQVEsVUFBVTtBQVV2QyxRQUFNQyxZQUEyQyxDQUFDO0FBRWxELFFBQUlqQztBQUdHLGFBQVNsRCxnQkFBYy9CLFVBQWdCLE1BQW9CO0FBQ2hFLGFBQU9pRixVQUFTLElBQUksS0FBS2pGLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDOUM7QUFRTyxhQUFTbUgsYUFDZCxXQUNtQztBQUNuQyxhQUFPLENBQUMsU0FBUztBQUNmLFlBQUksQ0FBQyxLQUFLLGFBQWMsQ0FBQWxDLFlBQVcsQ0FBQztBQUNwQyxZQUFJQSxRQUFRLFFBQU8sVUFBVSxJQUFJO0FBQ2pDLGVBQU9HLGlCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLFVBQUFILFVBQVM7QUFDVCxvQkFBVSxJQUFJO1FBQ2hCLENBQUM7TUFDSDtJQUNGO0FBQ0EsUUFBSU07QUFHSixRQUFNNkIsZ0JBQWUsQ0FBQyxTQUFrQixPQUFPLE1BQU0sS0FBSyxPQUFPO0FBRWpFLGFBQVNsQyxRQUFNbEYsVUFBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsWUFBTSxVQUFVNkIsYUFBWUMsT0FBTSxNQUFNQyxnQkFBYy9CLFVBQVEsSUFBSSxDQUFDO0FBQ25FLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsTUFBQXVGLGVBQWMsSUFBSTVCLFdBQVUzRCxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUM5RCxZQUFNLFNBQVN1RixXQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLGFBQU87UUFDTCxRQUFRLElBQUk1QixXQUFVM0QsU0FBTyxTQUFTQSxTQUFPLGFBQWEsT0FBTyxZQUFZO1FBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBT29ILGNBQWEsSUFBSSxLQUFLO1FBQ3BELFNBQVM7TUFDWDtJQUNGO0FBRUEsYUFBU0MsU0FBUXJILFVBQWdCLE1BQWUsTUFBaUM7QUFDL0UsWUFBTSxVQUFVa0gsVUFBUyxJQUFJO0FBQzdCLFVBQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsVUFBSSxRQUFTLENBQUFGLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFlBQU0sT0FBTzlCLFFBQU1sRixVQUFRLE1BQU0sSUFBSTtBQUVyQyxVQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxNQUFBa0gsVUFBUyxJQUFJLElBQUk7QUFDakIsYUFBTztJQUNUO0FBR08sYUFBU0ksWUFBV3RILFVBQWdCLE1BQWUsTUFBbUM7QUFDM0YsYUFBT3FILFNBQVFySCxVQUFRLE1BQU0sSUFBSSxHQUFHO0lBQ3RDO0FBR08sYUFBU3VILFlBQVd2SCxVQUFnQixNQUFlLE1BQWtCO0FBQzFFLFlBQU0sVUFBVXFILFNBQVFySCxVQUFRLE1BQU0sSUFBSTtBQUMxQyxVQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsVUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixjQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHOEQsZ0JBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxZQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFFbkIsY0FBTSxNQUFZLENBQUM7QUFDbkIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLFFBQVEsSUFBSyxLQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsRUFBRyxFQUFFO0FBQ3RFLGdCQUFRLFVBQVU7TUFDcEI7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUNqR0EsUUFBQXZELG1CQUFxQyxRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQUc5QixRQUFNaUgsdUJBQXNCLElBQUlDLGlCQUFBLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsUUFBTUMsc0JBQXFCLElBQUlELGlCQUFBLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsUUFBTUUsOEJBQTZCLElBQUlGLGlCQUFBLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsUUFBTUcsb0JBQW1CLElBQUlILGlCQUFBLEtBQUssbUJBQW1CO0FBRXJELFFBQU1JLGtCQUFpQixJQUFJSixpQkFBQSxRQUFRLGlCQUFpQjtBQUVwRCxRQUFNSyxtQkFBa0IsSUFBSUwsaUJBQUEsS0FBSyxrQkFBa0I7QUFFbkQsUUFBTU0sa0JBQWlCLElBQUlOLGlCQUFBLFFBQVEsaUJBQWlCO0FDVjNELFFBQU1PLHFCQUFvQjtBQUMxQixRQUFJQyxnQkFBZTtBQUVuQixRQUFNQyxjQUFtRCxDQUFDO0FBRW5ELGFBQVNDLGFBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixVQUFJLE9BQU9ELFlBQVcsSUFBSTtBQUMxQixVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLFFBQUFBLFlBQVcsSUFBSSxJQUFJO01BQ3JCO0FBQ0EsVUFBSTtBQUNGLFFBQUFKLGlCQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7TUFDekMsU0FBUyxPQUFPO0FBQ2QsUUFBQUEsaUJBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLFFBQUFDLGdCQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFlBQUlFLGtCQUFpQkQsb0JBQW1CO0FBQ3RDLGtCQUFRO1lBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztVQUN0RztRQUNGO01BQ0Y7SUFDRjtBQzFCQSxRQUFBNUgsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUNEakIsUUFBQUQsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQWN0QixhQUFTZ0ksZUFBYyxNQUFpQyxJQUFtRDtBQUN6RyxVQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixZQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxhQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7SUFDL0M7QUFFQSxhQUFTQyxnQkFBZSxLQUFnQjtBQUN0QyxpQkFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxjQUFNLEtBQUssUUFBUSxlQUFlRCxlQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsWUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxDQUFBWixxQkFBb0IsSUFBSSxFQUFFO01BQzFGO0FBQ0EsWUFBTSxRQUFRWSxlQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsVUFBSSxVQUFVLE9BQVcsQ0FBQVYsb0JBQW1CLElBQUksS0FBSztJQUN2RDtBQU9PLGFBQVNZLGlCQUNkLFFBQ0EsVUFDQSxlQUNBLFVBQ0EsVUFBdUMsTUFBTSxRQUMxQjtBQUNuQixZQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsVUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixRQUFBVixrQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLGVBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO01BQzVDO0FBQ0EsWUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixZQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLFVBQUk7QUFDSixhQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsU0FBQSxHQUFBVyxZQUFBLE9BQU0sYUFBYTtBQUNuQixjQUFNLFNBQVMsUUFBUTtBQUN2QixZQUFJLENBQUMsT0FBUTtBQUNiLGNBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsWUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixjQUFNLE9BQU87QUFDYixZQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO01BQzdEO0FBQ0EsWUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxNQUFBWCxrQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsVUFBSSxhQUFhLEtBQUs7QUFDcEIsUUFBQUQsNEJBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxRQUFBVSxnQkFBZSxHQUFHO01BQ3BCO0FBQ0EsYUFBTyxFQUFFLFdBQVcsSUFBSTtJQUMxQjtBQ2xFQSxRQUFBakksY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUV0QixRQUFJb0k7QUFRRyxhQUFTQyxPQUFNLE9BQTJDO0FBQy9ELFlBQU03QixXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxVQUFJQSxXQUFVLEVBQUcsRUFBQSxHQUFBOEIsWUFBQSxPQUFNOUIsUUFBTztBQUM5QixNQUFBNEIsYUFBWTtJQUNkO0FBUU8sYUFBU0csY0FBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFJcEcsVUFBSSxRQUFRO0FBQ1osZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxVQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQzFELFVBQUksUUFBUSxTQUFTO0FBQ3JCLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsaUJBQVMsTUFBTSxDQUFDLEVBQUc7QUFDbkIsWUFBSSxRQUFRLEVBQUcsUUFBTyxNQUFNLENBQUMsRUFBRztNQUNsQztBQUNBLGFBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0lBQ2xDO0FBR08sYUFBU0MsU0FBVyxPQUFvQztBQUM3RCxhQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7SUFDeEY7QUZsQkEsYUFBU0MsV0FBVSxLQUFjLE1BQW1DO0FBQ2xFLGFBQU92QixZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtJQUM5QztBQUdPLGFBQVN3QixhQUFZLE1BQWMsS0FBc0I7QUFDOUQsYUFBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxtQkFBQWhKLFFBQUssR0FBRyxRQUFRLE1BQU1nSixtQkFBQWhKLFFBQUssR0FBRyxtQkFBbUI7SUFDOUY7QUFFQSxRQUFNaUosa0JBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFHM0UsYUFBU0MsWUFBVyxRQUFtQixJQUFpQjtBQUN0RCxZQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsVUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFlBQU0sVUFBVUMsZUFBYyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUM7QUFDeEQsYUFBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7SUFDdkU7QUFHQSxhQUFTQSxlQUE0QyxVQUF1QztBQUMxRixVQUFJLFlBQVk7QUFDaEIsZUFBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsSUFBSyxLQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsWUFBYTtBQUNuRixVQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVM7QUFDL0MsZUFBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSztBQUN4QyxZQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsZUFBZSxXQUFXLEVBQUcsUUFBTyxTQUFTLENBQUM7TUFDNUU7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFNQyxnQkFBd0Q7TUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO01BQ2hIO1FBQ0UsUUFBUTtRQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsZ0JBQU0sS0FBS1AsU0FBUXJCLFlBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxTQUFTLENBQUM7QUFDOUQsaUJBQU8sT0FBTyxVQUFhMEIsWUFBVyxRQUFRLEVBQUU7UUFDbEQ7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsZ0JBQU0sVUFBVSxPQUFPLGFBQWE7WUFDbEMsT0FBT0gsYUFBWSxXQUFXLEdBQUc7WUFDakMsT0FBTztZQUNQLE9BQU87WUFDUCxlQUFlO1VBQ2pCLENBQUM7QUFDRCxjQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsVUFBQWpCLGdCQUFlLElBQUksQ0FBQztBQUNwQixnQkFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGlCQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7UUFDMUQ7TUFDRjtJQUNGO0FBR08sUUFBTXVCLGVBQXdCLENBQUMsU0FBQSxHQUNwQ0MsWUFBQSxPQUFNLGdCQUFnQixNQUFNO0FBQzFCLFlBQU0sU0FBU1IsV0FBVSxLQUFLLFNBQVM7QUFDdkMsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxNQUFBSixPQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLGVBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLGFBQUtFLGNBQWFRLGFBQVksRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNoRCxRQUFBVixPQUFNLElBQUksT0FBTyxVQUFVO01BQzdCO0FBQ0EsYUFBTztJQUNULENBQUM7QUFHSSxRQUFNYSxhQUFzQixDQUFDLFNBQUEsR0FDbENELFlBQUEsT0FBTSxjQUFjLE1BQU07QUFDeEIsWUFBTSxFQUFFLFFBQUFySixTQUFPLElBQUk7QUFDbkIsWUFBTSxTQUFTNkksV0FBVSxLQUFLLE9BQU87QUFDckMsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixZQUFNLFVBQVUsT0FBTyxhQUFhO1FBQ2xDLE9BQU9DLGFBQVksU0FBUyxHQUFHO1FBQy9CLE9BQU87UUFDUCxPQUFPO1FBQ1AsZUFBZTlJLFNBQU87TUFDeEIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixNQUFBNkgsZ0JBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sS0FBSyxRQUFRLEtBQUs7QUFDeEIsTUFBQVksT0FBTXpJLFNBQU8sVUFBVTtBQUN2QixVQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsWUFBTSxhQUFhc0k7UUFBZ0I7UUFBUTtRQUFJdEksU0FBTztRQUFlQSxTQUFPO1FBQW9CLE1BQzlGNkksV0FBVSxLQUFLLE9BQU87TUFDeEI7QUFDQSxXQUFLLFdBQVcsYUFBYTtBQUU3QixZQUFNLFFBQVFBLFdBQVUsS0FBSyxPQUFPO0FBQ3BDLFVBQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsVUFBSSxXQUFXLFdBQVc7QUFDeEIsYUFBS0ksWUFBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixRQUFBUixPQUFNekksU0FBTyxVQUFVO0FBQ3ZCLGFBQUssTUFBTSxhQUFhLElBQUk0SSxTQUFRSSxlQUFjLEtBQUssTUFBTSxFQUFFLE1BQU07TUFDdkU7QUFDQSxNQUFBUCxPQUFNekksU0FBTyxVQUFVO0FBQ3ZCLGFBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0lBQ3RDLENBQUM7QUFHSSxRQUFNdUosYUFBc0IsQ0FBQyxTQUFBLEdBQ2xDRixZQUFBLE9BQU0sY0FBYyxNQUFNO0FBQ3hCLFlBQU0sU0FBU1IsV0FBVSxLQUFLLE9BQU87QUFDckMsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLEtBQUssT0FBTyxXQUFXLEVBQUU7QUFDN0IsTUFBQUosT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxNQUFBQSxPQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixNQUFBQSxPQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFlBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixpQkFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU1wRSxZQUFXLEVBQUUsT0FBTyxJQUFJLEtBQUssT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQ3BHLGFBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07TUFDNUM7QUFDQSxhQUFPO0lBQ1QsQ0FBQztBR3RJSSxhQUFTbUYscUJBQ2R4SixVQUNBLFlBQ0EsT0FDMEI7QUFDMUIsWUFBTSxRQUFRSixZQUFXLFlBQVlJLFNBQU8sT0FBTztBQUNuRCxhQUFPO1FBQ0wsZUFBZSxNQUFNLGdCQUFnQixNQUFNLE9BQU87UUFDbEQsYUFBYSxNQUFNLGNBQWMsTUFBTSxLQUFLO1FBQzVDLGFBQWEsTUFBTSxjQUFjLE1BQU0sS0FBSztNQUM5QztJQUNGO0FBR08sYUFBU3lKLGlCQUFnQnpKLFVBQWdCLGFBQXlCLE1BQU0sUUFBVztBQUN4RixZQUFNRCxRQUFPLENBQUMsTUFBYyxhQUMxQm9ILGFBQVksQ0FBQyxTQUF3QjtBQUNuQyxtQkFBVztBQUNYLFFBQUFnQixhQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFuSSxVQUFRLEtBQUssQ0FBQztNQUM5QyxDQUFDO0FBQ0gsYUFBTztRQUNMLGNBQWNELE1BQUssV0FBV3FKLFlBQVc7UUFDekMsWUFBWXJKLE1BQUssU0FBU3VKLFVBQVM7UUFDbkMsWUFBWXZKLE1BQUssU0FBU3dKLFVBQVM7TUFDckM7SUFDRjtBQzVCQSxRQUFNLE1BQU0sRUFBRSxPQUFPbkgsV0FBVTtBQUUvQixhQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsVUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLFVBQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFVBQUksYUFBYSxRQUFTLFFBQU8sUUFBUTtBQUN6QyxhQUFPLFFBQVE7SUFDakI7QUFRTyxhQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPO1lBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO1lBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztVQUNwRDtRQUNGO1FBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO1VBQzlCLFFBQVE7VUFDUixNQUFNLEVBQUUsU0FBUztVQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztRQUM3RixFQUFFO01BQ0o7SUFDRjtBQUdPLGFBQVMsV0FBVyxTQUFrQixXQUF3QztBQUNuRixhQUFPO1FBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7UUFDckcsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO1VBQzlCLFFBQVE7VUFDUixNQUFNLEVBQUUsU0FBUztVQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPLFFBQVEsVUFBVSxDQUFDO1FBQy9FLEVBQUU7TUFDSjtJQUNGO0FBR08sYUFBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELGFBQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztRQUNsRjtNQUNGO0lBQ0Y7QUFHTyxhQUFTLGFBQWEsU0FBMEI7QUFDckQsYUFBTztRQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO1FBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7TUFDaEc7SUFDRjtBQUdPLGFBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELGFBQU87UUFDTCxFQUFFLFFBQVEseUJBQXlCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLGFBQWEsQ0FBQyxFQUFFO1FBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7TUFDOUY7SUFDRjtBQXlFTyxhQUFTc0gsZUFBYyxTQUFrQixXQUFnQyxnQkFBaUM7QUFDL0csYUFBTztRQUNMLEdBQUcsYUFBYSxTQUFTLFNBQVM7UUFDbEMsR0FBRyxXQUFXLFNBQVMsU0FBUztRQUNoQyxHQUFHLFdBQVcsY0FBYztRQUM1QixHQUFHLGFBQWEsT0FBTztRQUN2QixHQUFHLGdCQUFnQixPQUFPO01BQzVCO0lBQ0Y7QWhDakpBLFFBQU0xSixXQUFTVSxlQUFjLE1BQU07QUFFNUIsUUFBTS9CLFdBQTBCLGdCQUFBOEcsY0FBYXpGLFVBQVEsT0FBTztNQUNqRSxXQUFXRSxrQkFBaUJGLFFBQU07TUFDbEMsV0FBVztRQUNULEdBQUd3SixxQkFBb0J4SixVQUFRQSxTQUFPLGlCQUFpQixDQUFDRCxPQUFNLFFBQVFELGNBQWFDLE9BQU0sS0FBS0MsUUFBTSxDQUFDOztRQUVyRyxjQUFjQyxjQUFhLGVBQWUsR0FBR0Msa0JBQWlCRixRQUFNLEdBQUcsRUFBRSxpQkFBaUIsR0FBRyxRQUFRLEVBQUUsQ0FBQztNQUMxRztNQUNBLE9BQU8wSixlQUFjMUosU0FBTyxTQUFTbUMsVUFBUztJQUNoRCxFQUFFO0FBR0ssUUFBTTFELGlCQUFnQyxnQkFBQXNJLG1CQUFrQjtNQUM3RCxVQUFVO01BQ1Ysc0JBQXNCLEVBQUUsY0FBYyxFQUFFO0lBQzFDLENBQUM7QUFFTSxhQUFTaEksU0FBMEI7QUFDeEMsYUFBT3VHLFlBQVd0RixVQUFRLEVBQUUsU0FBUyxLQUFLLENBQUM7SUFDN0M7QUFFTyxRQUFNLEVBQUUsY0FBQWxCLGVBQWMsWUFBQUQsYUFBWSxZQUFBTCxZQUFXLElBQUlpTCxpQkFBZ0J6SixRQUFNO0FBRzlFLFFBQUk4RTtBQUNHLGFBQVNwRyxlQUFvQjtBQUNsQ29HLE1BQUFBLFlBQVUsSUFBSW5CLFdBQVUzRCxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUMxRDhFLE1BQUFBLFFBQU0sT0FBTztJQUNmOzs7OztBaUMzQ0EsSUFBSTtBQUVHLFNBQVMsVUFBVTtBQUN4QixNQUFJLGdCQUFnQixRQUFXO0FBQzdCLFVBQU0sWUFBWSxXQUFXO0FBQzdCLGVBQVcsaUJBQWlCLENBQUM7QUFDN0IsZUFBVyxRQUFRLENBQUMsTUFBSyxXQUFVLGdCQUFlLFdBQVUsY0FBYSxZQUFZLEdBQUc7QUFDdEYsWUFBTSxTQUFTLFVBQVUsSUFBSTtBQUM3QixpQkFBVyxlQUFlLElBQUksSUFBSSxFQUFFLElBQUksUUFBUSxlQUFlLE9BQU8sV0FBVyxPQUFPO0FBQUEsSUFDMUY7QUFDQSxrQkFBYztBQUFBLEVBQ2hCO0FBQ0EsU0FBTztBQUNUO0FBQ0EsV0FBVyxzQkFBc0I7OztBQ0wxQixJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBYyxNQUFjLE1BQXdCO0FBQ2xFLFFBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxRQUFNLE9BQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELGFBQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLFdBQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDL0dBLFNBQVMsT0FBTyxPQUFPLGFBQWE7OztBQ0FwQyxPQUFPLGtCQUFrQjtBQUN6QixJQUFPLG9CQUFROzs7QUNEZixPQUFPLGFBQWE7QUFDcEIsSUFBTyxlQUFROzs7QUNEZixTQUFTLFNBQVMsTUFBTSxhQUFhOzs7QUNBckMsU0FBUyxtQkFBbUI7OztBQ0dyQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGVBQWU7OztBQ0s1QixTQUFTLGVBQXVCO0FBRTlCLE1BQUksU0FBUyxFQUFHLENBQUMsV0FBd0QsWUFBWSxFQUFHO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksZUFBZSxNQUFnQjtBQUM1RCxVQUFNLElBQUksTUFBTSwwQ0FBMEMsYUFBYSxrQ0FBa0M7QUFBQSxFQUMzRyxDQUFDO0FBQ0QsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxJQUFNLFNBQTRCLGFBQWE7QUFHL0MsSUFBTSxnQkFBMEMsTUFBTTs7O0FDTjdELFNBQVMsaUJBQWlCO0FBQ3hCLFNBQU87QUFBQTtBQUFBLElBRUwsWUFBWSxJQUFJLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxJQUUxQyxpQkFBaUIsSUFBSSxNQUFNLDBCQUEwQjtBQUFBO0FBQUEsSUFFckQsVUFBVSxJQUFJLE1BQU0sa0JBQWtCO0FBQUE7QUFBQSxJQUV0QyxnQkFBZ0IsSUFBSSxRQUFRLHdCQUF3QjtBQUFBO0FBQUEsSUFFcEQsY0FBYyxJQUFJLE1BQU0saUNBQWlDO0FBQUEsRUFDM0Q7QUFDRjtBQUdBLElBQU0sU0FBUyxTQUFTLEtBQUssT0FBTyxlQUFlLFNBQVksZUFBZSxJQUFJO0FBV2xGLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxhQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQXdCQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLGtCQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksa0JBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sYUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFdBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzdHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxXQUFRLFdBQVcsSUFBSSxPQUFPLFdBQVc7QUFDekMsV0FBUSxnQkFBZ0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNwRCxXQUFRLFNBQVMsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUN2QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsc0JBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2Rjs7O0FDOUdBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRUEsU0FBUyxTQUFTNkUsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBTyxrQkFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNQyxjQUFhO0FBQ2pHO0FBV08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FDbkY1QyxPQUFPLGdCQUFnQjtBQUN2QixJQUFPLGtCQUFROzs7QUNxQlIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXLGFBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sbUJBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLElBQU0sa0JBQWtCLENBQUMsTUFBZSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBRXpELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLGlCQUFpQjtBQUNsRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUk7QUFDcEUsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBS0EsU0FBUyxVQUFVLFFBQWdCLEtBQWEsT0FBNEM7QUFDMUYsU0FBTyxVQUFVLFNBQVksU0FBUyxHQUFHLE1BQU0sR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUNqSDtBQUVPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUNoRztBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLFFBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtBQUFBLEVBQ3BFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLFFBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVMsVUFBVSxJQUFJLFNBQVMsTUFBTSxLQUFLO0FBQy9DLGFBQVMsVUFBVSxRQUFRLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGFBQVMsVUFBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsUUFBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07QUFBQSxFQUNyRjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDbkY7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsUUFBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLFFBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxRQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDNUc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLFFBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztBQUFBLEVBQ2xHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFDRjs7O0FDOVdPLElBQU0sZ0JBQWdCO0FBRXRCLElBQU0sbUJBQW1CO0FBWXpCLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxRQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxTQUFPLFFBQVEsQ0FBQztBQUNsQjtBQUdBLFNBQVMsV0FBVyxPQUFtQztBQUNyRCxRQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLFNBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0FBQ3BDO0FBT08sSUFBTSxxQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsU0FBUyxXQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsTUFBSSxDQUFDLE1BQU0sV0FBVyxnQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFFBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsTUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsUUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxTQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUs7QUFDekU7OztBQzZEQSxlQUFzQixrQkFBMEQ7QUFDOUUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxnQkFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FDeEJPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDs7O0FDdEZBLElBQU0sV0FBVyxJQUFJLFFBQVEsVUFBVTtBQVV2QyxJQUFNLFdBQTJDLENBQUM7QUFFbEQsSUFBSTtBQUdHLFNBQVMsY0FBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQVFPLFNBQVMsWUFDZCxXQUNtQztBQUNuQyxTQUFPLENBQUMsU0FBUztBQUNmLFFBQUksQ0FBQyxLQUFLLGFBQWMsWUFBVyxDQUFDO0FBQ3BDLFFBQUksT0FBUSxRQUFPLFVBQVUsSUFBSTtBQUNqQyxXQUFPLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLGVBQVM7QUFDVCxnQkFBVSxJQUFJO0FBQUEsSUFDaEIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUNBLElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFrQixPQUFPLE1BQU0sS0FBSyxPQUFPO0FBRWpFLFNBQVMsTUFBTUEsU0FBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNLGNBQWNBLFNBQVEsSUFBSSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZO0FBQUEsSUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLO0FBQUEsSUFDcEQsU0FBUztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBTyxNQUFNQSxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFFbkIsVUFBTSxNQUFZLENBQUM7QUFDbkIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sUUFBUSxJQUFLLEtBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxFQUFHLEVBQUU7QUFDdEUsWUFBUSxVQUFVO0FBQUEsRUFDcEI7QUFDQSxTQUFPLFFBQVE7QUFDakI7OztBQzlGTyxJQUFNLHNCQUFzQixJQUFJLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUksTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixNQUFJLE9BQU8sV0FBVyxJQUFJO0FBQzFCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLEtBQUs7QUFDeEIsZUFBVyxJQUFJLElBQUk7QUFBQSxFQUNyQjtBQUNBLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRO0FBQUEsUUFDTixhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDdEc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNaQSxTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFPTyxTQUFTLGdCQUNkLFFBQ0EsVUFDQSxlQUNBLFVBQ0EsVUFBdUMsTUFBTSxRQUMxQjtBQUNuQixRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixVQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLFFBQVE7QUFDdkIsUUFBSSxDQUFDLE9BQVE7QUFDYixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUNoRUEsSUFBSTtBQVFHLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNLFVBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUksVUFBVSxFQUFHLE9BQU0sT0FBTztBQUM5QixjQUFZO0FBQ2Q7QUFRTyxTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBSXBHLE1BQUksUUFBUTtBQUNaLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssVUFBUyxNQUFNLENBQUMsRUFBRztBQUMxRCxNQUFJLFFBQVEsU0FBUztBQUNyQixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGFBQVMsTUFBTSxDQUFDLEVBQUc7QUFDbkIsUUFBSSxRQUFRLEVBQUcsUUFBTyxNQUFNLENBQUMsRUFBRztBQUFBLEVBQ2xDO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUNsQkEsU0FBUyxVQUFVLEtBQWMsTUFBbUM7QUFDbEUsU0FBTyxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUM5QztBQUdPLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTSxrQkFBSyxHQUFHLFFBQVEsTUFBTSxrQkFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFHM0UsU0FBUyxXQUFXLFFBQW1CLElBQWlCO0FBQ3RELFFBQU0sU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUNsQyxNQUFJLENBQUMsT0FBTyxLQUFNLFFBQU87QUFDekIsUUFBTSxVQUFVLGNBQWMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDO0FBQ3hELFNBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0FBQ3ZFO0FBR0EsU0FBUyxjQUE0QyxVQUF1QztBQUMxRixNQUFJLFlBQVk7QUFDaEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsSUFBSyxLQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsWUFBYTtBQUNuRixNQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVM7QUFDL0MsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSztBQUN4QyxRQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsZUFBZSxXQUFXLEVBQUcsUUFBTyxTQUFTLENBQUM7QUFBQSxFQUM1RTtBQUNBLFNBQU87QUFDVDtBQUlBLElBQU0sZUFBd0Q7QUFBQSxFQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7QUFBQSxFQUNoSDtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUVyQixZQUFNLEtBQUssUUFBUSxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGFBQU8sT0FBTyxVQUFhLFdBQVcsUUFBUSxFQUFFO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsUUFDbEMsT0FBTyxZQUFZLFdBQVcsR0FBRztBQUFBLFFBQ2pDLE9BQU87QUFBQSxRQUNQLE9BQU87QUFBQSxRQUNQLGVBQWU7QUFBQSxNQUNqQixDQUFDO0FBQ0QsVUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLHFCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLFdBQVcsT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFDbkQsYUFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxJQUFNLGNBQXdCLENBQUMsUUFDcEMsTUFBTSxnQkFBZ0IsTUFBTTtBQUMxQixRQUFNLFNBQVMsVUFBVSxLQUFLLFNBQVM7QUFDdkMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU87QUFDckMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsSUFDbEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWVBLFFBQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixNQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxhQUFhO0FBQUEsSUFBZ0I7QUFBQSxJQUFRO0FBQUEsSUFBSUEsUUFBTztBQUFBLElBQWVBLFFBQU87QUFBQSxJQUFvQixNQUM5RixVQUFVLEtBQUssT0FBTztBQUFBLEVBQ3hCO0FBQ0EsT0FBSyxXQUFXLGFBQWE7QUFFN0IsUUFBTSxRQUFRLFVBQVUsS0FBSyxPQUFPO0FBQ3BDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxXQUFXLE9BQU8sRUFBRSxLQUFLO0FBQzlCLFVBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFLLE1BQU0sYUFBYSxJQUFJLFFBQVEsY0FBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDdkU7QUFDQSxRQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBTyxNQUFNLGFBQWEsRUFBRSxFQUFFLE1BQU07QUFDdEMsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU87QUFDckMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLEtBQUssT0FBTyxXQUFXLEVBQUU7QUFDN0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixRQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFFBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixhQUFXLFVBQVUsVUFBVSxPQUFPLENBQUMsTUFBTSxXQUFXLEVBQUUsT0FBTyxJQUFJLEtBQUssT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQ3BHLFNBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07QUFBQSxFQUM1QztBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUN4SEksU0FBUyxnQkFBZ0JDLFNBQWdCLGFBQXlCLE1BQU0sUUFBVztBQUN4RixRQUFNLE9BQU8sQ0FBQyxNQUFjLGFBQzFCLFlBQVksQ0FBQyxTQUF3QjtBQUNuQyxlQUFXO0FBQ1gsZ0JBQVksTUFBTSxVQUFVLEVBQUUsUUFBQUEsU0FBUSxLQUFLLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBQ0gsU0FBTztBQUFBLElBQ0wsY0FBYyxLQUFLLFdBQVcsV0FBVztBQUFBLElBQ3pDLFlBQVksS0FBSyxTQUFTLFNBQVM7QUFBQSxJQUNuQyxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQUEsRUFDckM7QUFDRjs7O0FDdEJBLElBQU1DLFVBQVMsY0FBYyxNQUFNO0FBc0I1QixJQUFNLEVBQUUsY0FBYyxZQUFZLFdBQVcsSUFBSSxnQkFBZ0JDLE9BQU07QUFHOUUsSUFBSTtBQUNHLFNBQVMsY0FBb0I7QUFDbEMsWUFBVSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzFELFFBQU0sT0FBTztBQUNmOzs7QUN6Q08sU0FBUyxpQkFBaUIsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLGNBQWMsR0FBRyxJQUFJO0FBQUc7QUFDM0UsSUFBTSxVQUFVLFNBQVMsSUFBSSxRQUFRLEVBQUUsVUFBVTtBQUNqRCxTQUFTLFNBQVMsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQUc7QUFDM0QsU0FBU0MsYUFBWSxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsU0FBUyxHQUFHLElBQUk7QUFBRzsiLCJuYW1lcyI6WyJfX2NvbW1vbkpTIiwiZXhwb3J0cyIsIm1vZHVsZSIsImFkbWluVXNlcnMiLCJoYW5kbGVTdW1tYXJ5IiwiaGVhbHRoUHJvYmUiLCJvcHRpb25zIiwicG9sbFJlc291cmNlcyIsInBvd2VyVXNlcnMiLCJyZWd1bGFyVXNlcnMiLCJzZXR1cCIsInRlYXJkb3duIiwibWV0cmljS2V5IiwidGV4dCIsInRvSzZUaHJlc2hvbGRzIiwiaXNBcnJpdmFsUmF0ZSIsIlJPTEVTIiwiVXNlcnNGaWxlRXJyb3IiLCJwYXJzZVVzZXJzQ3N2IiwiZmFpbCIsInBvb2xFbWFpbCIsInRvb1NtYWxsRm9yRGlzdGluY3QiLCJ2dUlkQm91bmQiLCJzcGxpdFVzZXJzIiwid2VpZ2h0cyIsInJhbXBpbmdVc2VycyIsImV4ZWMiLCJjb25maWciLCJjb25zdGFudFJhdGUiLCJyYW1waW5nRHVyYXRpb25TIiwiU1VNTUFSWV9UUkVORF9TVEFUUyIsImltcG9ydF9rNiIsImltcG9ydF9leGVjdXRpb24iLCJpbXBvcnRfaHR0cCIsImltcG9ydF9tZXRyaWNzIiwiaW1wb3J0X2RhdGEiLCJTSEFSRURfQ09ORklHIiwiZ3VhcmRlZENvbmZpZyIsImRlY2xhcmVNZXRyaWNzIiwic2VydmVyIiwiUE9MTCIsImN1cnNvciIsImVycm9yc1NlZW4iLCJsb2FkTWFya2VkIiwibWFya1BoYXNlIiwiaHR0cCIsInJlc291cmNlc1NjZW5hcmlvIiwicGFyc2UiLCJwb2xsT25jZSIsInNhbXBsZSIsImVuZExvYWQiLCJyZXNvdXJjZUdhdGVzIiwicmVhZEZpbGUiLCJmaWxlUG9vbCIsImltcG9ydF9kYXRhMiIsIm1ha2VQb29sIiwiYWNjb3VudE9mVnUiLCJwb29sIiwiY2xhc3NQYXNzd29yZCIsImltcG9ydF9leGVjdXRpb24yIiwiYXNzZXJ0RGlzdGluY3QiLCJpbXBvcnRfc2VjcmV0cyIsIkVORFBPSU5UUyIsIkFQSV9TQ09QRSIsImFwaVBhdGgiLCJyb3V0ZU5hbWVzIiwidGFnc0J5RW5kcG9pbnQiLCJyZXF1ZXN0VGFncyIsImlzSWQiLCJpc0NvdW50IiwiaGFzU2hhcGUiLCJpc0pzb24iLCJyZWFkaW5nIiwicmVhZEZpZWxkIiwiTGF6eVJlc3VsdCIsInBhcnNlSnNvbiIsInN0YXR1c0NhbGxiYWNrcyIsImV4cGVjdFN0YXR1cyIsImltcG9ydF9odHRwMiIsIm9ic2VydmVyIiwib3V0Y29tZSIsInN0YXR1c0lzRXhwZWN0ZWQiLCJzaGFwZUlzRXhwZWN0ZWQiLCJjaGVja1NldHMiLCJjaGVja3NGb3IiLCJ3aXRoUGFyYW0iLCJBcGlDbGllbnQiLCJwYXJhbXMiLCJpbXBvcnRfazYyIiwiREFUQVNFVF9USVRMRSIsIlJVTl9USVRMRV9GSUxURVIiLCJkYXRhc2V0VGl0bGUiLCJuZXdSdW5JZCIsInJ1bklkT2YiLCJydW5TdGFydE9mIiwiTElWRV9SVU5fV0lORE9XX01TIiwiaXNMZWZ0b3ZlciIsImNvdW50IiwiaW1wb3J0X2h0dHAzIiwiaW1wb3J0X2s2MyIsInF1aWV0TG9naW4iLCJlbnN1cmVEYXRhc2V0Iiwib3BlbiIsInJlbW92ZUNvdXJzZXMiLCJpbXBvcnRfZXhlY3V0aW9uMyIsInByb2JlIiwidXJsIiwiaW1wb3J0X2h0dHA0Iiwic2VjcmV0IiwibG9naW4iLCJpbXBvcnRfazY0Iiwic2VjcmV0UGFzc3dvcmRzIiwic2VjcmV0cyIsInByZXBhcmVSdW4iLCJhbm9ueW1vdXMiLCJjbGVhblVwUnVuIiwiZW50cnlPcHRpb25zIiwiZXNjYXBlWG1sIiwiZXNjYXBlTWFya2Rvd25DZWxsIiwibWFya2Rvd25Db2RlIiwiZXhwcmVzc2lvbiIsInVuaXRPZiIsInRocmVzaG9sZFJvd3MiLCJlbmRwb2ludFJvd3MiLCJkcm9wcGVkSXRlcmF0aW9ucyIsIml0ZXJhdGlvbnMiLCJtZXRyaWNWYWx1ZSIsInBlcmNlbnRpbGVDYXZlYXQiLCJmb3JtYXRWYWx1ZSIsImRyb3BwZWRUZXh0Iiwic2VydmVyUmVzb3VyY2VzIiwicmVzb3VyY2VzVGV4dCIsInJlc291cmNlc0xpbmUiLCJidWlsZFJlc3VsdHMiLCJqdW5pdFJlcG9ydCIsInNlY29uZHMiLCJtYXJrZG93blJlcG9ydCIsInRleHRTdW1tYXJ5IiwibWFrZUhhbmRsZVN1bW1hcnkiLCJyZWxvZ2lucyIsImltcG9ydF9tZXRyaWNzMiIsInNlc3Npb25zIiwid2l0aFNlY3JldHMiLCJyZW5ld01hcmdpblMiLCJzZXNzaW9uIiwidXNlckNsaWVudCIsIm93bkNvdXJzZXMiLCJjaGFwdGVyR2VuZXJhdGlvbk1zIiwiaW1wb3J0X21ldHJpY3MzIiwiY291cnNlR2VuZXJhdGlvbk1zIiwiY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMiLCJnZW5lcmF0aW9uRmFpbGVkIiwiY291cnNlc0NyZWF0ZWQiLCJ3b3JrZmxvd1N1Y2Nlc3MiLCJ3b3JrZmxvd0Vycm9ycyIsIk1BWF9MT0dHRURfRVJST1JTIiwibG9nZ2VkRXJyb3JzIiwidGFnc0J5TmFtZSIsInJ1bldvcmtmbG93IiwibWlsbGlzQmV0d2VlbiIsInJlY29yZEpvYlRpbWVzIiwiZ2VuZXJhdGVBbmRXYWl0IiwiaW1wb3J0X2s2NSIsImhvbGRQb2ludCIsInRoaW5rIiwiaW1wb3J0X2s2NiIsInBpY2tXZWlnaHRlZCIsInBpY2tPbmUiLCJjbGllbnRGb3IiLCJ1bmlxdWVUaXRsZSIsImltcG9ydF9leGVjdXRpb240IiwiRVhQT1JUX0ZPUk1BVFMiLCJyZWFkQ291cnNlIiwicGlja0dlbmVyYXRlZCIsInJlZ3VsYXJUYXNrcyIsInJlZ3VsYXJVc2VyIiwiaW1wb3J0X2s2NyIsInBvd2VyVXNlciIsImFkbWluVXNlciIsInBvcHVsYXRpb25TY2VuYXJpb3MiLCJwb3B1bGF0aW9uRXhlY3MiLCJ3b3JrZmxvd0dhdGVzIiwiY29uZmlnIiwicG9vbCIsImNsYXNzUGFzc3dvcmQiLCJwb2xsUmVzb3VyY2VzIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwidGVhcmRvd24iXX0=
