/**
 * The event pipeline, generated from the routing table: the outbox items the table stream
 * carries are published on the programme's event bus by the stream consumer; one rule per
 * event subscription delivers each event type to its subscribers; one rule per schedule starts
 * the scheduled functions. Every hop retries and ends in a dead-letter queue with an alarm.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule, type IEventBus } from 'aws-cdk-lib/aws-events';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { OUTBOX_PREFIX, tableDesign } from '#shared/platform/dynamodb/table-design.ts';
import { EVENT_SOURCE } from '#shared/platform/config.ts';
import { CONFIGURATION_SET_TAG } from '#shared/notifications/contract.ts';
import { awsEventSubscriptions, eventSubscriptions, schedules, streamConsumer, uploadTriggers, type AwsEventSubscription, type EventSubscription, type FunctionName, type ScheduleSpec, type UploadTrigger } from '#shared/routing.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { pascalCase } from './naming.ts';
import type { ProgrammeFunction } from './programme-function.ts';
import type { ProgrammeFunctions } from './programme-functions.ts';

/** EventBridge's retries of a delivery it could not make (throttling, a missing permission). */
export const DELIVERY_RETRY = { retryAttempts: 10, maxEventAge: Duration.hours(24) } as const;

/** Stream batches: retried, halved on error, and handed to the DLQ once the retries are spent. */
export const STREAM_RETRY = { retryAttempts: 10, maxRecordAge: Duration.hours(24) } as const;

/** Only outbox inserts wake the stream consumer; every other table write is filtered out by Lambda. */
export function outboxInsertFilter(): Record<string, unknown> {
  return FilterCriteria.filter({
    eventName: FilterRule.isEqual('INSERT'),
    dynamodb: { NewImage: { [tableDesign.partitionKey]: { S: FilterRule.beginsWith(OUTBOX_PREFIX) } } },
  });
}

export interface EventPipelineProps {
  readonly table: ITableV2;
  readonly eventBus: IEventBus;
  readonly functions: ProgrammeFunctions;
  /** The upload bucket, whose object-created events start the routing table's upload triggers. */
  readonly uploads: IBucket;
  /** SES events are taken only for messages sent with this configuration set. */
  readonly mailConfigurationSetName: string;
  /**
   * Where the rules starting a function (and the stream's on-failure queue of the stream consumer)
   * are created: beside the function, in its nested stack (infra/stack-layout.ts).
   */
  readonly ruleScopeFor: (name: FunctionName) => Construct;
}

export class EventPipeline extends Construct {
  /** Stream batches the consumer could not publish. */
  readonly streamFailures: DeadLetterQueue;
  readonly subscriptionRules: readonly Rule[];
  readonly scheduleRules: readonly Rule[];
  readonly uploadRules: readonly Rule[];
  /** AWS services' events (SES bounces and complaints) on the default bus. */
  readonly awsEventRules: readonly Rule[];

  constructor(scope: Construct, id: string, props: EventPipelineProps) {
    super(scope, id);
    const { table, eventBus, functions, uploads, ruleScopeFor } = props;

    this.streamFailures = new DeadLetterQueue(ruleScopeFor(streamConsumer), 'OutboxStreamFailures', {
      holds: `table stream batches ${streamConsumer} could not publish to the event bus`,
    });
    Validations.of(this.streamFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the on-failure destination of the table stream (a dead-letter queue itself); a DLQ behind it ' +
        'would only move the problem. Its alarm fires on the first message.',
    });
    functions.get(streamConsumer).addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        // One batch per shard at a time keeps the events of an item in order.
        parallelizationFactor: 1,
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        ...STREAM_RETRY,
        onFailure: new SqsDlq(this.streamFailures),
        filters: [outboxInsertFilter()],
      }),
    );

    this.subscriptionRules = (eventSubscriptions as readonly EventSubscription[]).map((subscription) => {
      const fn = functions.get(subscription.function);
      const rule = new Rule(ruleScopeFor(subscription.function), `${subscription.event}To${pascalCase(subscription.function)}`, {
        eventBus,
        description: `${subscription.event} -> ${subscription.function}`,
        eventPattern: { source: [EVENT_SOURCE], detailType: [subscription.event] },
      });
      rule.addTarget(lambdaTarget(fn));
      return rule;
    });

    // S3 sends its events to the account's default bus (bucket EventBridge notifications on).
    this.uploadRules = (uploadTriggers as readonly UploadTrigger[]).map((trigger) => {
      const rule = new Rule(ruleScopeFor(trigger.function), `UploadObjectCreatedTo${pascalCase(trigger.function)}`, {
        description: `Object Created under ${trigger.prefix} in the upload bucket -> ${trigger.function}`,
        eventPattern: {
          source: ['aws.s3'],
          detailType: ['Object Created'],
          detail: { bucket: { name: [uploads.bucketName] }, object: { key: [{ prefix: trigger.prefix }] } },
        },
      });
      rule.addTarget(lambdaTarget(functions.get(trigger.function)));
      return rule;
    });

    this.awsEventRules = (awsEventSubscriptions as readonly AwsEventSubscription[]).map((subscription) => {
      const rule = new Rule(ruleScopeFor(subscription.function), `${pascalCase(subscription.source)}To${pascalCase(subscription.function)}`, {
        // The default bus: SES v2 publishes its events only there.
        description: `${subscription.source} ${subscription.detailTypes.join(', ')} -> ${subscription.function}`,
        eventPattern: {
          source: [subscription.source],
          detailType: [...subscription.detailTypes],
          // Only the mail this stack sent (other stacks' sets publish to the same bus).
          ...(subscription.source === 'aws.ses' ? { detail: { mail: { tags: { [CONFIGURATION_SET_TAG]: [props.mailConfigurationSetName] } } } } : {}),
        },
      });
      rule.addTarget(lambdaTarget(functions.get(subscription.function)));
      return rule;
    });

    this.scheduleRules = (schedules as readonly ScheduleSpec[]).map((schedule) => {
      const fn = functions.get(schedule.function);
      const rule = new Rule(ruleScopeFor(schedule.function), `${pascalCase(schedule.name)}Schedule`, {
        description: `${schedule.name}: ${schedule.description}`.slice(0, 512),
        // Schedules run on the default bus, in UTC, like the local clock evaluates them.
        schedule: Schedule.cron({
          minute: schedule.cron.minute,
          hour: schedule.cron.hour,
          ...(schedule.cron.weekDay === undefined ? {} : { weekDay: schedule.cron.weekDay }),
        }),
      });
      rule.addTarget(lambdaTarget(fn));
      return rule;
    });
  }
}

/** EventBridge → Lambda, with retries and the function's dead-letter queue for what cannot be delivered. */
function lambdaTarget(fn: ProgrammeFunction): LambdaFunction {
  if (!fn.deadLetters) throw new Error(`${fn.functionKey} is invoked by EventBridge but has no dead-letter queue`);
  return new LambdaFunction(fn, { deadLetterQueue: fn.deadLetters, ...DELIVERY_RETRY });
}
