# The Locust side of `npm run bench`: exactly the requests of bench/bare.js (the regular-user
# workflow: a list, then three tasks weighted 5/4/1 of list / open a course and read a chapter /
# create, read back and delete), so requests per CPU-second compare like for like. The bench picks
# the user class on the command line: BareHttpUser (requests) or BareFastHttpUser (geventhttpclient).
# Settings from the environment, as bench/bare.js reads them: BASE_URL, BENCH_THINK_S,
# REGULAR_USER_EMAIL / REGULAR_USER_PASSWORD.
import json
import os
import random
import time
import urllib.request

import gevent
from locust import FastHttpUser, HttpUser, constant, events, task

BASE_URL = os.environ["BASE_URL"].rstrip("/")
THINK_S = float(os.environ.get("BENCH_THINK_S") or "0")
JSON = {"Content-Type": "application/json"}
run = {}


def _call(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{BASE_URL}{path}", data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


@events.test_start.add_listener
def setup(environment, **_kwargs):
    """bare.js's setup(): log in, create a course and generate it, once before any user starts."""
    login = _call("POST", "/api/v1/auth/login", {
        "email": os.environ.get("REGULAR_USER_EMAIL") or "regular@example.com",
        "password": os.environ.get("REGULAR_USER_PASSWORD") or "regular-password",
    }, JSON)
    auth = {"Authorization": f"Bearer {login['access_token']}"}
    headers = {**JSON, **auth}
    course = _call("POST", "/api/v1/courses", {"title": "bench locust", "topic": "bench", "level": "beginner", "chapter_count": 1}, headers)
    job = _call("POST", f"/api/v1/courses/{course['id']}/generate", {}, headers)
    for _ in range(60):
        if _call("GET", f"/api/v1/jobs/{job['job_id']}", None, auth)["status"] == "completed":
            break
        time.sleep(0.5)
    run.update(auth=auth, headers=headers, course_id=course["id"])


def think():
    if THINK_S > 0:
        gevent.sleep(THINK_S)


def iteration(user):
    """One iteration of bare.js's default function; `name` groups the counts per endpoint."""
    client, auth, headers, course_id = user.client, run["auth"], run["headers"], run["course_id"]
    client.get("/api/v1/courses?limit=20", headers=auth, name="courses_list")
    think()
    for step in range(3):
        pick = random.random() * 10
        if pick < 5:
            client.get("/api/v1/courses?limit=20&offset=0", headers=auth, name="courses_list")
        elif pick < 9:
            json.loads(client.get(f"/api/v1/courses/{course_id}", headers=auth, name="course_get").text)
            client.get(f"/api/v1/courses/{course_id}/chapters/1", headers=auth, name="chapter_get")
        else:
            body = {"title": f"locust {id(user)} {step}", "topic": "algebra", "level": "beginner", "chapter_count": 2}
            created = json.loads(client.post("/api/v1/courses", data=json.dumps(body), headers=headers, name="course_create").text)
            client.get(f"/api/v1/courses/{created['id']}", headers=auth, name="course_get")
            client.delete(f"/api/v1/courses/{created['id']}", headers=auth, name="course_delete")
        think()


class BareHttpUser(HttpUser):
    wait_time = constant(0)

    @task
    def regular_user(self):
        iteration(self)


class BareFastHttpUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def regular_user(self):
        iteration(self)
