import { redriveDeadLetters } from '#shared/adapters/dead-letters/redrive.ts';
import { functionsWithDeadLetters } from '#shared/adapters/dead-letters/names.ts';
import { config } from '#shared/config.ts';
import { DeadLetterParams } from '#shared/contracts/dead-letters.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import type { FunctionName } from '#shared/routing.ts';

/** POST /dead-letters/{function}/redrive: send a function's dead letters back to it, once the cause is fixed. */
export const handler = idempotentHttpHandler('redriveDeadLetters', { params: DeadLetterParams }, async ({ params }) => {
  const fn = functionsWithDeadLetters().find((name) => name === params.function);
  if (!fn) throw refuse.notFound(`No function ${params.function} with a dead-letter queue`);
  const redriven = await redriveDeadLetters(config.resourcePrefix(), fn as FunctionName);
  return json(202, { function: fn, redriven });
});
