/**
 * Waits for a condition outside the fake Telegram (a database row, a file) by checking it every few
 * milliseconds; rejects with `what` after `timeout`. A condition, never a fixed sleep.
 */
export async function waitUntil<T>(check: () => T | undefined | false | null, what: string, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
