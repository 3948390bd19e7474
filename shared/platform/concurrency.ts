/**
 * Runs `work` on every item with at most `limit` in flight at once (requests to DynamoDB,
 * notifications to queue): faster than one after another, without a burst of hundreds.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
