/**
 * Waits until `probe` returns a value, checking every few milliseconds, and fails after
 * `timeoutMs` with `what` and whatever `detail` says: the app works on after it acks, so a
 * test waits for what it expects instead of sleeping a fixed time.
 */
export async function waitUntil<T>(
  probe: () => T | undefined,
  what = 'a condition',
  timeoutMs = 5000,
  detail: () => string = () => '',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${detail()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
