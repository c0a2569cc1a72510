// A small HTTP client for tests of the demo platform over real sockets.
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: the body of any route; tests read the fields they test, and contract.test.ts checks each shape against openapi.json
  json: any;
}

export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  } else if (body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function login(baseUrl: string, role: 'regular' | 'power' | 'admin'): Promise<string> {
  const answer = await call(baseUrl, 'POST', '/api/v1/auth/login', {
    body: { email: `${role}@example.com`, password: `${role}-password` },
  });
  if (answer.status !== 200) throw new Error(`login as ${role} failed: ${answer.status} ${answer.text}`);
  return answer.json.access_token;
}

/** A generation job as GET /api/v1/jobs/{id} answers it (demo-platform/openapi.json). */
export interface Job {
  status: string;
  chapters: { status: string; duration_ms: number }[];
}

/** Polls a job until it completes or fails. */
export async function waitForJob(baseUrl: string, token: string, jobId: number, timeoutMs = 30_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await call(baseUrl, 'GET', `/api/v1/jobs/${jobId}`, { token });
    if (job.json?.status === 'completed' || job.json?.status === 'failed') return job.json;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.json?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
