// Waiting for something a real run shows, with a deadline: tests never hang and say what they waited for.
import assert from 'node:assert/strict';

/** Reads until ok() holds; fails naming `what` after timeoutMs. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    assert.ok(
      Date.now() < deadline,
      `no ${what} within ${timeoutMs} ms (last read: ${JSON.stringify(value)?.slice(0, 500)})`,
    );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Whether `url` answers at all within a second (any status). */
export const answers = (url: string): Promise<boolean> =>
  fetch(url, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );

/** Waits until `url` answers 2xx; fails naming `what` after timeoutMs. */
export async function untilOk(url: string, timeoutMs: number, what: string): Promise<void> {
  const ok = () =>
    fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
  await until(ok, Boolean, timeoutMs, what);
}

/** Reads k6's dashboard event stream until it has delivered `count` snapshot events. */
export async function waitForSnapshots(url: string, count: number, timeoutMs: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let seen = 0;
  try {
    const response = await fetch(url, { signal: controller.signal });
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      seen += (decoder.decode(chunk as Uint8Array, { stream: true }).match(/^event: snapshot$/gm) ?? []).length;
      if (seen >= count) return;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  assert.fail(`${url} delivered ${seen} of ${count} snapshots within ${timeoutMs} ms`);
}
