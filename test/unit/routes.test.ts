import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS } from '../../lib/http/endpoints.ts';
import { apiPath, requestTags } from '../../lib/http/routes.ts';
import { splitUsers } from '../../lib/load/shapes.ts';

test('paths follow the API contract and escape ids', () => {
  assert.equal(apiPath('course', 42), '/api/v1/courses/42');
  assert.equal(apiPath('chapter', 'a/b', 3), '/api/v1/courses/a%2Fb/chapters/3');
  assert.equal(apiPath('job', 'j-1'), '/api/v1/jobs/j-1');
  assert.equal(apiPath('exportCourse', 7), '/api/v1/courses/7/export');
  assert.equal(apiPath('adminJobs'), '/api/v1/admin/jobs');
});

test('every endpoint has stable tags: endpoint, api scope and a templated name without ids', () => {
  for (const endpoint of ENDPOINTS) {
    const tags = requestTags(endpoint);
    assert.equal(tags.endpoint, endpoint);
    assert.equal(tags.scope, 'api');
    assert.match(tags.name!, /^(GET|POST|PATCH|DELETE) \/[a-z0-9/_{}]*$/);
    assert.equal(requestTags(endpoint), tags, 'made once, not per request');
  }
  assert.equal(requestTags('course_get').name, 'GET /api/v1/courses/{id}');
});

test('users are split by weight, every weighted user type gets a VU', () => {
  assert.deepEqual(splitUsers(100, { regular: 70, power: 20, admin: 10 }), { regular: 70, power: 20, admin: 10 });
  assert.deepEqual(splitUsers(3, { regular: 70, power: 20, admin: 10 }), { regular: 1, power: 1, admin: 1 });
  const odd = splitUsers(7, { regular: 70, power: 20, admin: 10 });
  assert.equal(odd.regular + odd.power + odd.admin, 7);
  assert.ok(odd.admin >= 1 && odd.power >= 1);
  assert.deepEqual(splitUsers(1, { regular: 70, power: 20, admin: 10 }), { regular: 1, power: 0, admin: 0 });
  assert.deepEqual(splitUsers(10, { regular: 100, power: 0, admin: 0 }), { regular: 10, power: 0, admin: 0 });
});
