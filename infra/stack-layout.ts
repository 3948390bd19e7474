/**
 * Which template each part of the programme goes into. CloudFormation allows 500 resources per
 * template, and the routing table's ~60 functions with their roles, policies, log groups,
 * alarms, routes, rules and dead-letter queues are more than that, so the deployment is one
 * parent stack with nested stacks:
 *
 * - the parent keeps what holds state or is addressed from outside: the table, the event bus,
 *   the upload bucket, the user pool, and the HTTP API itself (API, stage, access logs, JWT
 *   authorizer: its URL does not change when routes move between nested stacks);
 * - `HttpQueries`: the functions serving GET routes, each with its route, integration and invoke permission;
 * - `HttpCommands`: the functions serving the other routes (the commands), likewise;
 * - `Events`: the functions EventBridge, the schedules, the upload bucket or the table stream
 *   start, with their rules, dead-letter queues and the stream's event source mapping.
 *
 * Everything of one function (its Lambda, role, log group, alarm, dead-letter queue, and the route
 * or rules that invoke it) lives in the same nested stack: `nestedStackOf` is the only place that
 * decides, so moving to other groups (per capability, say) means changing it alone.
 * test/infra/stack-limits.test.ts keeps every template below `RESOURCES_PER_TEMPLATE_BUDGET`.
 */
import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { httpRoutes, unmatchedRouteFunction, type FunctionName, type HttpRoute } from '#shared/routing.ts';

/** Our ceiling per template, well below CloudFormation's hard limit of 500: room to grow. */
export const RESOURCES_PER_TEMPLATE_BUDGET = 350;

export const NESTED_STACKS = {
  HttpQueries: 'Functions serving the GET routes of the HTTP API, with their routes and integrations',
  HttpCommands: 'Functions serving the POST, PUT, PATCH and DELETE routes of the HTTP API, with their routes and integrations',
  Events: 'Functions started by events, schedules, uploads and the table stream, with their rules and dead-letter queues',
} as const;

export type NestedStackName = keyof typeof NESTED_STACKS;

/** The nested stack a routing-table function goes into, with everything that invokes it. */
export function nestedStackOf(name: FunctionName): NestedStackName {
  if (name === unmatchedRouteFunction) return 'HttpQueries';
  const served = (httpRoutes as readonly HttpRoute[]).filter((route) => route.function === name);
  if (served.length === 0) return 'Events';
  return served.every((route) => route.method === 'GET') ? 'HttpQueries' : 'HttpCommands';
}

/** The nested stacks of a programme stack, created on first use, and a construct per part in each. */
export class StackLayout {
  private readonly stacks = new Map<NestedStackName, NestedStack>();
  private readonly parent: Stack;

  constructor(parent: Stack) {
    this.parent = parent;
  }

  /** The nested stack of that name (created on first use). */
  stack(name: NestedStackName): NestedStack {
    let stack = this.stacks.get(name);
    if (!stack) {
      stack = new NestedStack(this.parent, name, { description: `${this.parent.stackName}: ${NESTED_STACKS[name]}` });
      this.stacks.set(name, stack);
    }
    return stack;
  }

  /** The construct under which a part (`Functions`, `Routes`, `Rules`) of a function's nested stack is created. */
  scopeFor(fn: FunctionName, part: 'Functions' | 'Routes' | 'Rules'): Construct {
    const stack = this.stack(nestedStackOf(fn));
    return (stack.node.tryFindChild(part) as Construct | undefined) ?? new Construct(stack, part);
  }

  /** The nested stacks created so far. */
  all(): NestedStack[] {
    return [...this.stacks.values()];
  }
}
