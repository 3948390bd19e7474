/**
 * Which template each part of the programme goes into, along the same lines as the code: one
 * nested stack per capability (shared/<capability>/, functions/<capability>/), under a parent
 * stack that keeps what holds state or is addressed from outside: the table, the event bus,
 * the upload bucket, the user pool, and the HTTP API itself (API, stage, access logs, JWT
 * authorizer: its URL does not change when routes move between nested stacks).
 *
 * Everything of one function (its Lambda, role, log group, alarm, dead-letter queue, and the
 * route or rules that invoke it) lives in its capability's nested stack: `nestedStackOf` is the
 * only place that decides. A capability grows its own template only, so each stays far below
 * CloudFormation's 500 resources; test/infra/stack-limits.test.ts keeps every template below
 * `RESOURCES_PER_TEMPLATE_BUDGET`. A deployment updates the parent and then the nested stacks
 * (README, Deploying).
 */
import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { capabilityOf, type CapabilityName, type FunctionName } from '#shared/routing.ts';

/** Our ceiling per template, well below CloudFormation's hard limit of 500: room to grow. */
export const RESOURCES_PER_TEMPLATE_BUDGET = 350;

/** One nested stack per capability: its logical id, and what its description says. */
export const NESTED_STACKS = {
  applications: ['Applications', 'Applications to join the programme, their decisions and the participants they admit'],
  municipalities: ['Municipalities', 'The municipality register, written standards and contact addresses'],
  people: ['People', 'People of the municipalities and the secretariat, their roles, invitations and Cognito logins'],
  cohorts: ['Cohorts', 'Cohorts (puljer), their invitations and report plans'],
  networks: ['Networks', 'Networks of participants with their advisors'],
  gatherings: ['Gatherings', 'Gatherings of cohorts and networks: the calendar and its letters, sign-ups, waiting lists, attendance and reminders'],
  overview: ['Overview', 'Participation against the programme goal and comparisons of sick leave'],
  absence: ['Absence', 'Sick-leave figures: uploads through the API and through S3'],
  'target-status': ['TargetStatus', 'Target statuses of the participants and their notices'],
  notifications: ['Notifications', 'Email delivery, SES feedback and suppression'],
  'email-confirmations': ['EmailConfirmations', 'Confirmation of typed email addresses and the mail held for them'],
  reports: ['Reports', 'Reports, their reviews and the reminder sweep'],
  projects: ['Projects', 'Local projects: members, sub-projects, measurable own goals and their values'],
  funds: ['Funds', 'Stimulus funds: the budget per year and line, grants, their decisions, payments and accounts'],
  'calendar-feeds': ['CalendarFeeds', 'Secret iCalendar feeds of cohorts, networks and municipalities'],
  exports: ['Exports', 'Exports for the secretariat and evaluators (CSV, XLSX) through the upload bucket'],
  audit: ['Audit', 'The secretariat’s view of the audit log (its table is the parent’s)'],
  webhooks: ['Webhooks', 'Webhook registrations, their fan-out, the provisioning of their EventBridge API destinations, and their dead letters'],
  statistics: ['Statistics', 'The open statistics: public, cacheable aggregates with the national reference'],
  'programme-site': ['ProgrammeSite', 'The programme website’s lists: public, cacheable participants, networks, gatherings and progress'],
  'dead-letters': ['DeadLetters', 'Listing and redriving the functions’ dead letters'],
  'api-description': ['ApiDescription', 'The OpenAPI document'],
  platform: ['Platform', 'The outbox publisher (table stream to the event bus) and the answer to unmatched routes'],
} as const satisfies Record<CapabilityName, readonly [string, string]>;

export type NestedStackName = (typeof NESTED_STACKS)[CapabilityName][0];

/** The nested stack a routing-table function goes into, with everything that invokes it: its capability's. */
export function nestedStackOf(name: FunctionName): NestedStackName {
  return NESTED_STACKS[capabilityOf(name)][0];
}

const descriptions = new Map<string, string>(Object.values(NESTED_STACKS).map(([id, description]) => [id, description]));

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
      stack = new NestedStack(this.parent, name, { description: `${this.parent.stackName}: ${descriptions.get(name)}` });
      this.stacks.set(name, stack);
    }
    return stack;
  }

  /** The construct under which a part (`Functions`, `Routes` of the people API, `MachineRoutes`, `Rules`) of a function's nested stack is created. */
  scopeFor(fn: FunctionName, part: 'Functions' | 'Routes' | 'MachineRoutes' | 'Rules'): Construct {
    const stack = this.stack(nestedStackOf(fn));
    return (stack.node.tryFindChild(part) as Construct | undefined) ?? new Construct(stack, part);
  }

  /** The nested stacks created so far. */
  all(): NestedStack[] {
    return [...this.stacks.values()];
  }
}
