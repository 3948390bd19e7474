import { deadLetterQueues } from '#shared/dead-letters/index.ts';
import { functionsWithDeadLetters } from '#shared/dead-letters/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listDeadLetters } from '#shared/dead-letters/routes.ts';

/** GET /dead-letters: the events every function failed to process after all retries (up to 10 per function). */
export const handler = httpHandler(listDeadLetters, async () => {
  const queues = deadLetterQueues();
  const byFunction = await Promise.all(functionsWithDeadLetters().map((fn) => queues.peek(fn)));
  return json(200, { deadLetters: byFunction.flat() });
});
