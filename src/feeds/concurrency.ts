/**
 * Runs `worker` over `items` with at most `total` running at once and at most `perKey` sharing a key
 * (a host: two feeds of one agency are fetched politely, one slow host cannot take every slot).
 * Results come back in the order of `items`; a worker's rejection is its own result, never the others'.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  keyOf: (item: T) => string,
  limits: { total: number; perKey: number },
  worker: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  const waiting = items.map((item, index) => ({ item, index, key: keyOf(item) }));
  const activeByKey = new Map<string, number>();
  let active = 0;

  return new Promise((resolve) => {
    const launch = () => {
      if (waiting.length === 0 && active === 0) {
        resolve(results);
        return;
      }
      for (let i = 0; i < waiting.length && active < limits.total;) {
        const next = waiting[i]!;
        if ((activeByKey.get(next.key) ?? 0) >= limits.perKey) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        active += 1;
        activeByKey.set(next.key, (activeByKey.get(next.key) ?? 0) + 1);
        worker(next.item)
          .then(
            (value) => (results[next.index] = { status: 'fulfilled', value }),
            (reason: unknown) => (results[next.index] = { status: 'rejected', reason }),
          )
          .finally(() => {
            active -= 1;
            activeByKey.set(next.key, activeByKey.get(next.key)! - 1);
            launch();
          });
      }
    };
    launch();
  });
}
