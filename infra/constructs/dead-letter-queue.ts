/**
 * Where work lands that could not be done after the last retry: an EventBridge delivery, an
 * asynchronous Lambda invocation, or a batch of stream records. Nothing is dropped silently:
 * every dead-letter queue has an alarm that fires on its first message.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  /** What fails into this queue, for the alarm description. */
  readonly holds: string;
  /** A fixed name, for queues the dead-letter tooling finds by name. */
  readonly queueName?: string;
}

export class DeadLetterQueue extends Queue {
  readonly messagesVisibleAlarm: Alarm;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id, {
      ...(props.queueName ? { queueName: props.queueName } : {}),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to find the cause and redrive.
      retentionPeriod: Duration.days(14),
    });

    this.messagesVisibleAlarm = new Alarm(this, 'MessagesVisibleAlarm', {
      alarmDescription: `Dead letters: ${props.holds}. Inspect the messages, fix the cause, then redrive.`,
      metric: this.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
