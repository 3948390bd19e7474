/**
 * The webhooks in the synthesized stack: the provisioning function may touch only the
 * connections, API destinations and rules named `<stack>-wh-*` on the programme bus, their
 * connection secrets, and pass only the delivery role (to EventBridge); the delivery role may
 * only invoke those destinations; only those rules may send to the webhooks' dead-letter queue,
 * which only the dead-letter schedule reads; no function carries the local loopback flag.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '#shared/platform/config.ts';
import { functions, type FunctionName } from '#shared/routing.ts';
import { buildProgramme, type BuiltProgramme } from './support/programme-app.ts';
import { actionsOf, resourceOf, resourcesOfType, statementsOfRole } from './support/template.ts';

let built: BuiltProgramme;
beforeAll(() => {
  built = buildProgramme();
});

const text = (value: unknown) => JSON.stringify(value);
const statementsOf = (name: FunctionName) => statementsOfRole(built.template, built.stack.functions.get(name).executionRole);

describe('webhooks in the stack', () => {
  it('lets the provisioning function manage only <stack>-wh-* resources on the programme bus, and pass only the delivery role', () => {
    const prefix = `${built.stack.stackName}-wh-*`;
    const statements = statementsOf('provisionWebhookDelivery').filter((s) => !text(s.Action).includes('xray:') && !text(s.Action).includes('logs:'));
    const eventsActions = [...actionsOf(statements)].filter((a) => a.startsWith('events:'));
    expect(eventsActions.sort()).toEqual(
      ['events:CreateApiDestination', 'events:CreateConnection', 'events:DeleteApiDestination', 'events:DeleteConnection', 'events:DeleteRule', 'events:DescribeApiDestination', 'events:DescribeConnection', 'events:PutRule', 'events:PutTargets', 'events:RemoveTargets', 'events:UpdateApiDestination'].sort(),
    );
    for (const statement of statements) {
      const resources = text(statement.Resource);
      if (text(statement.Action).includes('iam:PassRole')) {
        expect(statement.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'events.amazonaws.com' } });
        expect(resources).not.toContain('*');
        continue;
      }
      // Its idempotency records, and its own dead-letter queue (Lambda's asynchronous retries).
      if (text(statement.Action).includes('dynamodb:') || text(statement.Action) === '"sqs:SendMessage"') continue;
      expect(resources, text(statement)).toContain(prefix);
      expect(resources).not.toMatch(/"\*"/);
    }
    const rules = statements.find((s) => text(s.Action).includes('events:PutRule'))!;
    expect(text(rules.Resource)).toContain(`rule/`);
    expect(text(rules.Resource)).toContain('EventBus');
    // No PutEvents, no other bus, no wildcard action.
    expect([...actionsOf(statements)].some((a) => a.endsWith('*') || a === 'events:PutEvents')).toBe(false);
  });

  it('gives the delivery role events:InvokeApiDestination on the webhook destinations only, assumed by EventBridge of this account', () => {
    const role = resourceOf(built.template, built.stack.webhooks.deliveryRole);
    expect(text(role.Properties.AssumeRolePolicyDocument)).toContain('events.amazonaws.com');
    expect(text(role.Properties.AssumeRolePolicyDocument)).toContain('aws:SourceAccount');
    const statements = statementsOfRole(built.template, built.stack.webhooks.deliveryRole);
    expect([...actionsOf(statements)]).toEqual(['events:InvokeApiDestination']);
    expect(text(statements[0]!.Resource)).toContain(`api-destination/${built.stack.stackName}-wh-*`);
  });

  it('lets only the webhook rules send to the webhooks’ dead-letter queue, and only the schedule read it', () => {
    const queueId = built.stack.getLogicalId(built.stack.webhooks.deadLetters.node.defaultChild as never);
    const policies = resourcesOfType(built.template, 'AWS::SQS::QueuePolicy').filter(([, p]) => text(p.Properties.Queues).includes(queueId));
    const send = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: unknown; Condition?: unknown; Principal?: unknown }[]).find((s) => text(s.Action).includes('sqs:SendMessage'))!;
    expect(text(send.Principal)).toContain('events.amazonaws.com');
    expect(text(send.Condition)).toContain(`${built.stack.stackName}-wh-*`);
    const readers = (Object.keys(functions) as FunctionName[]).filter((name) => text(statementsOf(name)).includes('sqs:ReceiveMessage') && text(statementsOf(name)).includes(queueId));
    expect(readers).toEqual(['recordFailedWebhookDeliveries']);
  });

  it('never sets the local loopback flag on a function', () => {
    for (const [id, fn] of resourcesOfType(built.template, 'AWS::Lambda::Function')) expect(fn.Properties.Environment?.Variables?.[ENV.webhookAllowLoopbackHttp], id).toBeUndefined();
  });
});
