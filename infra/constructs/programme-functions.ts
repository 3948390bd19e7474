/**
 * Every function of the routing table, generated from it: adding an entry to `functions` in
 * shared/routing.ts adds a Lambda with its grants, log group, alarm and (when something invokes
 * it asynchronously) its dead-letter queue.
 */
import type { Construct } from 'constructs';
import { deadLetterQueueName, functionsWithDeadLetters } from '#shared/dead-letters/naming.ts';
import { ENV } from '#shared/platform/config.ts';
import { functions, httpRoutes, type FunctionName, type FunctionSpec } from '#shared/routing.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { pascalCase, programmeName } from './naming.ts';
import { grantProgrammeAccess, grantRateLimitCounters, ProgrammeFunction, type ProgrammeResources } from './programme-function.ts';

export interface ProgrammeFunctionsProps {
  readonly resources: ProgrammeResources;
  /** Where a function (with its log group, role and dead-letter queue) is created: see infra/stack-layout.ts. */
  readonly scopeFor: (name: FunctionName) => Construct;
}

/** Functions serving a route behind the JWT authorizer: each counts its callers' requests (the per-caller rate limit). */
export function rateLimitedFunctions(): ReadonlySet<FunctionName> {
  return new Set(httpRoutes.filter((route) => route.access !== 'public').map((route) => route.function));
}

/** Functions EventBridge invokes (event subscriptions and schedules): asynchronously, so they need a DLQ. */
export function asynchronouslyInvoked(): ReadonlySet<FunctionName> {
  // The same list the dead-letter tooling (AWS and local) works from.
  return new Set(functionsWithDeadLetters());
}

/** The functions of the routing table, each created where the stack layout puts it. */
export class ProgrammeFunctions {
  private readonly byName: ReadonlyMap<FunctionName, ProgrammeFunction>;

  constructor(props: ProgrammeFunctionsProps) {
    const async = asynchronouslyInvoked();
    const rateLimited = rateLimitedFunctions();
    const byName = new Map<FunctionName, ProgrammeFunction>();
    for (const [name, spec] of Object.entries(functions) as [FunctionName, FunctionSpec][]) {
      const constructId = pascalCase(name);
      const scope = props.scopeFor(name);
      const deadLetters = async.has(name)
        ? new DeadLetterQueue(scope, `${constructId}DeadLetters`, {
            holds: `events and scheduled runs ${name} did not process`,
            queueName: deadLetterQueueName(programmeName(scope), name),
          })
        : undefined;
      const fn = new ProgrammeFunction(scope, constructId, { name, spec, ...(deadLetters ? { deadLetters } : {}) });
      grantProgrammeAccess(fn, props.resources);
      if (rateLimited.has(name)) grantRateLimitCounters(fn, props.resources.table);
      if (spec.mailsSecretariat) fn.addEnvironment(ENV.secretariatEmail, props.resources.mail.secretariatEmail);
      byName.set(name, fn);
    }
    this.byName = byName;
  }

  /** The Lambda of a routing-table function. */
  get(name: FunctionName): ProgrammeFunction {
    const fn = this.byName.get(name);
    if (!fn) throw new Error(`No function ${name} in the routing table`);
    return fn;
  }

  all(): ProgrammeFunction[] {
    return [...this.byName.values()];
  }
}
