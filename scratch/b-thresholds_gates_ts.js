var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// thresholds/gates.ts
var gates_exports = {};
__export(gates_exports, {
  abortGates: () => abortGates,
  breakpointGates: () => breakpointGates,
  endpointBudgetGates: () => endpointBudgetGates,
  errorGates: () => errorGates,
  generationGates: () => generationGates,
  latencyGates: () => latencyGates,
  successGates: () => successGates
});

// lib/endpoints.ts
var API_SCOPE = "api";

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function endpointP95(endpoint, targets) {
  if (endpoint === "health") return targets.healthP95Ms;
  if (endpoint === "course_export") return targets.exportP95Ms;
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
function endpointBudgetGates(targets, endpoints, errorRate) {
  return endpoints.flatMap((endpoint) => [
    {
      metric: "http_req_duration",
      tags: { endpoint },
      rules: [
        { stat: "p(95)", op: "<", value: endpointP95(endpoint, targets) },
        { stat: "p(99)", op: "<", value: Math.max(targets.apiP99Ms, endpointP95(endpoint, targets)) }
      ]
    },
    { metric: "http_req_failed", tags: { endpoint }, rules: [{ stat: "rate", op: "<", value: errorRate }] }
  ]);
}
function breakpointGates(targets, sustainedMetric, delayAbortEval = "5s") {
  return [
    { metric: "http_req_duration", tags: api, rules: [{ stat: "p(95)", op: "<", value: targets.apiP95Ms, abortOnFail: true, delayAbortEval }] },
    { metric: "http_req_failed", tags: api, rules: [{ stat: "rate", op: "<", value: targets.errorRate, abortOnFail: true, delayAbortEval }] },
    { metric: sustainedMetric, rules: [{ stat: "max", op: ">=", value: 0 }] }
  ];
}

// <stdin>
import http from "k6/http";
import { sleep } from "k6";
globalThis.__keep = gates_exports;
var BASE_URL = __ENV.BASE_URL;
var THINK_S = Number(__ENV.BENCH_THINK_S || "0");
var options = {
  scenarios: {
    bare: {
      executor: "constant-vus",
      vus: Number(__ENV.BENCH_VUS || "10"),
      duration: `${__ENV.BENCH_DURATION_S || "10"}s`
    }
  }
};
function setup() {
  const json = { "Content-Type": "application/json" };
  const login = http.post(`${BASE_URL}/api/v1/auth/login`, JSON.stringify({
    email: __ENV.REGULAR_USER_EMAIL || "regular@example.com",
    password: __ENV.REGULAR_USER_PASSWORD || "regular-password"
  }), { headers: json });
  const headers = { ...json, Authorization: `Bearer ${login.json("access_token")}` };
  const course = http.post(`${BASE_URL}/api/v1/courses`, JSON.stringify({ title: "bench bare", topic: "bench", level: "beginner", chapter_count: 1 }), { headers }).json();
  const job = http.post(`${BASE_URL}/api/v1/courses/${course.id}/generate`, "{}", { headers }).json();
  for (let i = 0; i < 60 && http.get(`${BASE_URL}/api/v1/jobs/${job.job_id}`, { headers }).json("status") !== "completed"; i++) sleep(0.5);
  return { headers, courseId: course.id };
}
function think() {
  if (THINK_S > 0) sleep(THINK_S);
}
function stdin_default(data) {
  const params = { headers: data.headers };
  http.get(`${BASE_URL}/api/v1/courses?limit=20`, params);
  think();
  for (let step = 0; step < 3; step++) {
    const pick = Math.random() * 10;
    if (pick < 5) {
      http.get(`${BASE_URL}/api/v1/courses?limit=20&offset=0`, params);
    } else if (pick < 9) {
      JSON.parse(http.get(`${BASE_URL}/api/v1/courses/${data.courseId}`, params).body);
      http.get(`${BASE_URL}/api/v1/courses/${data.courseId}/chapters/1`, params);
    } else {
      const created = JSON.parse(http.post(`${BASE_URL}/api/v1/courses`, JSON.stringify({ title: `bare ${__VU} ${__ITER}`, topic: "algebra", level: "beginner", chapter_count: 2 }), params).body);
      http.get(`${BASE_URL}/api/v1/courses/${created.id}`, params);
      http.del(`${BASE_URL}/api/v1/courses/${created.id}`, null, params);
    }
    think();
  }
}
export {
  stdin_default as default,
  options,
  setup
};
