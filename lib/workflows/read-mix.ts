// A read-heavy request mix, one request per iteration, for open-model entries that push the
// arrival rate (breakpoint): lists, course pages, chapters and health, as browsing users do.
import type { ApiClient } from '../http/api.ts';
import type { RunData } from '../users/setup.ts';
import { pickWeighted, type WeightedTask } from './pacing.ts';

type Request = (api: ApiClient, data: RunData) => unknown;

const seeded = (data: RunData): RunData['seededCourseIds'][number] =>
  data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)]!;

const MIX: WeightedTask<Request>[] = [
  { weight: 4, task: (api) => api.listCourses({ limit: 20 }) },
  { weight: 3, task: (api, data) => api.getCourse(seeded(data)) },
  { weight: 2, task: (api, data) => api.getChapter(seeded(data), 1) },
  { weight: 1, task: (api) => api.health() },
];

/** One request of the mix. */
export function readMixRequest(api: ApiClient, data: RunData): void {
  pickWeighted(MIX)(api, data);
}
