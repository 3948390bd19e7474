import { deadLetterQueues, redriveDeadLetters } from '#shared/dead-letters/index.ts';
import { functionsWithDeadLetters } from '#shared/dead-letters/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import type { FunctionName } from '#shared/routing.ts';
import { redriveDeadLetters as redriveDeadLettersRoute } from '#shared/dead-letters/routes.ts';

/** POST /dead-letters/{function}/redrive: send a function's dead letters back to it, once the cause is fixed. */
export const handler = idempotentHttpHandler(redriveDeadLettersRoute, async ({ params }) => {
  const fn = functionsWithDeadLetters().find((name) => name === params.function);
  if (!fn) throw refuse.notFound(`No function ${params.function} with a dead-letter queue`);
  const redriven = await redriveDeadLetters(deadLetterQueues(), fn as FunctionName);
  return json(202, { function: fn, redriven });
});
