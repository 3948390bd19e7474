/**
 * A registration's delivery on the bus, made with the EventBridge API (the same calls in AWS and
 * against the local stand-in): a connection (API_KEY auth: a header naming the registration),
 * an API destination for the endpoint, and a rule on the programme bus matching only that
 * registration's WebhookDeliveryRequested events, whose one target sends the event's `payload`
 * (InputPath) with the three signed headers (HttpParameters from $.detail paths), retries with
 * EventBridge's backoff (RetryPolicy) and dead-letters to the webhooks' queue. Every step is
 * idempotent: an event delivered twice provisions (or removes) the same resources.
 */
import {
  CreateApiDestinationCommand,
  CreateConnectionCommand,
  DeleteApiDestinationCommand,
  DeleteConnectionCommand,
  DeleteRuleCommand,
  DescribeApiDestinationCommand,
  DescribeConnectionCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
  UpdateApiDestinationCommand,
} from '@aws-sdk/client-eventbridge';
import { config, EVENT_SOURCE } from '../platform/config.ts';
import { WebhookDeliveryRequested } from '../event-catalogue.ts';
import { deliveryRetry } from './delivery-retry.ts';

const client = new EventBridgeClient({});

/** The header the connection adds to every request: which registration it is (not a secret; the signature is the proof). */
export const REGISTRATION_HEADER = 'x-kvalitetskommune-webhook';
/** The rule's one target. */
export const TARGET_ID = 'endpoint';
/** EventBridge's API destinations call at most this often per second (the endpoint is a municipality's system). */
export const INVOCATION_RATE_PER_SECOND = 10;

/** The name of each of a registration's resources: `<stack>-wh-<id without dashes>` (EventBridge names are at most 64 characters). */
export function resourceNameOf(registrationId: string, prefix = config.resourcePrefix()): string {
  const name = `${prefix}-wh-${registrationId.replaceAll('-', '')}`;
  if (name.length > 64) throw new Error(`Webhook resource name ${name} is longer than EventBridge's 64 characters: choose a shorter stack name`);
  return name;
}

/** The rule's pattern: this registration's delivery requests only. */
export function deliveryPattern(registrationId: string): Record<string, unknown> {
  return { source: [EVENT_SOURCE], 'detail-type': [WebhookDeliveryRequested.type], detail: { data: { registrationId: [registrationId] } } };
}

/** Creates (or finds) the connection, the API destination and the rule with its target. */
export async function provisionDelivery(registration: { readonly registrationId: string; readonly url: string }): Promise<void> {
  const name = resourceNameOf(registration.registrationId);
  const connectionArn = await ensure(
    () => client.send(new CreateConnectionCommand({ Name: name, AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: REGISTRATION_HEADER, ApiKeyValue: registration.registrationId } }, Description: `Webhook ${registration.registrationId}` })),
    async () => (await client.send(new DescribeConnectionCommand({ Name: name }))).ConnectionArn,
  );
  const destination = { ConnectionArn: connectionArn, InvocationEndpoint: registration.url, HttpMethod: 'POST' as const, InvocationRateLimitPerSecond: INVOCATION_RATE_PER_SECOND };
  const destinationArn = await ensure(
    async () => (await client.send(new CreateApiDestinationCommand({ Name: name, ...destination, Description: `Webhook ${registration.registrationId}` }))).ApiDestinationArn,
    async () => {
      // A repeat: make sure it points where the registration says.
      await client.send(new UpdateApiDestinationCommand({ Name: name, ...destination }));
      return (await client.send(new DescribeApiDestinationCommand({ Name: name }))).ApiDestinationArn;
    },
  );
  const eventBusName = config.eventBusName();
  await client.send(new PutRuleCommand({ Name: name, EventBusName: eventBusName, EventPattern: JSON.stringify(deliveryPattern(registration.registrationId)), State: 'ENABLED', Description: `Deliveries of webhook ${registration.registrationId}` }));
  const retry = deliveryRetry();
  const result = await client.send(
    new PutTargetsCommand({
      Rule: name,
      EventBusName: eventBusName,
      Targets: [
        {
          Id: TARGET_ID,
          Arn: destinationArn,
          RoleArn: config.webhookDeliveryRoleArn(),
          // The body: the payload object, which EventBridge serializes as compact JSON (the signed bytes).
          InputPath: '$.detail.data.payload',
          HttpParameters: {
            HeaderParameters: {
              'webhook-id': '$.detail.data.headers.webhookId',
              'webhook-timestamp': '$.detail.data.headers.webhookTimestamp',
              'webhook-signature': '$.detail.data.headers.webhookSignature',
            },
          },
          RetryPolicy: { MaximumRetryAttempts: retry.maximumRetryAttempts, MaximumEventAgeInSeconds: retry.maximumEventAgeSeconds },
          DeadLetterConfig: { Arn: config.webhookDeadLetterQueueArn() },
        },
      ],
    }),
  );
  if (result.FailedEntryCount) throw new Error(`PutTargets failed for ${name}: ${JSON.stringify(result.FailedEntries)}`);
}

/** Removes the rule (targets first), the API destination and the connection; what is gone already is fine. */
export async function removeDelivery(registrationId: string): Promise<void> {
  const name = resourceNameOf(registrationId);
  const eventBusName = config.eventBusName();
  await gone(() => client.send(new RemoveTargetsCommand({ Rule: name, EventBusName: eventBusName, Ids: [TARGET_ID] })));
  await gone(() => client.send(new DeleteRuleCommand({ Name: name, EventBusName: eventBusName })));
  await gone(() => client.send(new DeleteApiDestinationCommand({ Name: name })));
  await gone(() => client.send(new DeleteConnectionCommand({ Name: name })));
}

async function ensure(create: () => Promise<{ ConnectionArn?: string | undefined } | string | undefined>, existing: () => Promise<string | undefined>): Promise<string> {
  try {
    const created = await create();
    const arn = typeof created === 'string' ? created : created?.ConnectionArn;
    if (arn) return arn;
  } catch (error) {
    if (!(error instanceof ResourceAlreadyExistsException)) throw error;
  }
  const arn = await existing();
  if (!arn) throw new Error('EventBridge answered no ARN');
  return arn;
}

async function gone(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}
