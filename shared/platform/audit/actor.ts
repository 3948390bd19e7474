/**
 * The ambient audit context: who is acting in this invocation, through which route or
 * function, under which correlation id. The HTTP stack enters it around the handler once the
 * caller is authorized; the event, schedule and AWS-event stacks enter a system actor named by
 * the function. `Table.transact` reads it, so no repository or command passes an actor along.
 *
 * AsyncLocalStorage, not a module variable: the local runtime runs many invocations in one
 * process at once, and each must see its own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditContext } from './entry.ts';

const ambient = new AsyncLocalStorage<AuditContext>();

/** Runs `work` with this audit context (and whatever it awaits). */
export function withAuditContext<T>(context: AuditContext, work: () => T): T {
  return ambient.run(context, work);
}

/**
 * The context of the running invocation. Outside any (a seed script, a test calling a
 * repository directly) the process itself is the actor, named so a query shows it.
 */
export function currentAuditContext(): AuditContext {
  return ambient.getStore() ?? outsideAnyInvocation();
}

function outsideAnyInvocation(): AuditContext {
  const name = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'tooling';
  return { actor: { kind: 'system', subject: `process:${name}` }, action: `process:${name}`, correlationId: 'none' };
}
