var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// lib/metrics.ts
var metrics_exports = {};
__export(metrics_exports, {
  chapterGenerationMs: () => chapterGenerationMs,
  courseGenerationMs: () => courseGenerationMs,
  courseGenerationObservedMs: () => courseGenerationObservedMs,
  coursesCreated: () => coursesCreated,
  generationFailed: () => generationFailed,
  workflowErrors: () => workflowErrors,
  workflowSuccess: () => workflowSuccess
});
import { Counter, Rate, Trend } from "k6/metrics";
var chapterGenerationMs = new Trend("chapter_generation_ms", true);
var courseGenerationMs = new Trend("course_generation_ms", true);
var courseGenerationObservedMs = new Trend("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter("workflow_errors");

// <stdin>
import http from "k6/http";
import { sleep } from "k6";
globalThis.__keep = metrics_exports;
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
