/**
 * What the webhooks' delivery on EventBridge needs besides the per-registration resources the
 * provisioning function creates at run time (shared/webhooks/provisioning.ts): the role
 * EventBridge assumes to call the API destinations (`events:InvokeApiDestination` on the
 * stack's `<stack>-wh-*` destinations only), and the dead-letter queue of their rules (only
 * those rules may send to it; the dead-letter schedule reads it).
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { programmeName } from './naming.ts';

/** The name pattern of every registration's connection, API destination and rule (resourceNameOf in shared/webhooks/provisioning.ts). */
export const webhookResourcePattern = (prefix: string) => `${prefix}-wh-*`;

export class WebhookDelivery extends Construct {
  readonly deliveryRole: Role;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: { readonly eventBus: IEventBus }) {
    super(scope, id);
    const stack = Stack.of(this);
    const pattern = webhookResourcePattern(programmeName(this));
    this.deliveryRole = new Role(this, 'DeliveryRole', {
      assumedBy: new ServicePrincipal('events.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: 'EventBridge calls the webhooks’ API destinations with this role (their rules’ targets)',
    });
    this.deliveryRole.addToPolicy(
      new PolicyStatement({ sid: 'InvokeWebhookDestinations', actions: ['events:InvokeApiDestination'], resources: [stack.formatArn({ service: 'events', resource: 'api-destination', resourceName: pattern })] }),
    );
    Validations.of(this.deliveryRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:api-destination/${pattern}]`,
      reason: 'Only the API destinations of this stack’s webhook registrations, named <stack>-wh-<registration>: they are created at run time, one per registration.',
    });
    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters', { holds: 'webhook deliveries EventBridge could not make after its last retry (recordFailedWebhookDeliveries marks them failed)', queueName: `${programmeName(this)}-webhook-dead-letters` });
    this.deadLetters.addToResourcePolicy(
      new PolicyStatement({
        sid: 'WebhookRulesOnly',
        principals: [new ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.deadLetters.queueArn],
        conditions: { ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'events', resource: 'rule', resourceName: `${props.eventBus.eventBusName}/${pattern}` }) } },
      }),
    );
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of the webhooks’ rules: a DLQ behind it would only move the problem. Its alarm fires on the first message and a schedule records each letter.',
    });
  }
}
