/**
 * The environment the handlers see locally: the same variables the CDK stack sets in AWS,
 * plus the standard SDK endpoint variables that point each AWS client at a local stand-in.
 */
import { ENV } from '#shared/platform/config.ts';

export const LOCAL_REGION = 'eu-north-1';
/** DynamoDB Local accepts any credentials; these never reach AWS. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface LocalEndpoints {
  readonly dynamoDb: string;
  /** The local AWS stand-in: EventBridge PutEvents, SES v2 SendEmail, the DLQs' SQS calls, Lambda Invoke and Cognito's Admin* calls. */
  readonly awsEmulator: string;
  /** The local S3-compatible server (s3-server.ts): the upload bucket. */
  readonly s3: string;
}

/** Locally the deployed names are `local-<function>` and `local-<function>-dlq`. */
export const LOCAL_RESOURCE_PREFIX = 'local';

export const LOCAL_SETTINGS = {
  tableName: 'kvalitetskommune-local',
  eventBusName: 'kvalitetskommune-local',
  mailFrom: 'Kvalitetskommuneprogrammet <post@kvalitetskommune.local>',
  secretariatEmail: 'sekretariatet@kvalitetskommune.local',
  uploadBucket: 'kvalitetskommune-local-uploads',
  /** As in AWS, mail goes with a configuration set, so the SES stand-in reports bounces and complaints. */
  sesConfigurationSet: 'kvalitetskommune-local-mail',
  /** The Cognito stand-in's pool (local/cognito-stand-in.ts). */
  userPoolId: 'eu-north-1_kvalitetskommuneLocal',
  /** The webhooks' dead-letter queue (answered by the AWS stand-in over the dead-letter store) and delivery role. */
  webhookDeadLetterQueue: 'local-webhook-dead-letters',
  webhookDeliveryRoleArn: 'arn:aws:iam::000000000000:role/local-webhook-delivery',
} as const;

/** Sets process.env for in-process handlers. Must run before any handler module is imported. */
export function applyLocalEnvironment(endpoints: LocalEndpoints, logLevel = process.env.LOG_LEVEL ?? 'WARN'): void {
  Object.assign(process.env, {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamoDb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamoDb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.awsEmulator,
    AWS_ENDPOINT_URL_SESV2: endpoints.awsEmulator,
    AWS_ENDPOINT_URL_SQS: endpoints.awsEmulator,
    AWS_ENDPOINT_URL_LAMBDA: endpoints.awsEmulator,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.awsEmulator,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    [ENV.resourcePrefix]: LOCAL_RESOURCE_PREFIX,
    [ENV.tableName]: LOCAL_SETTINGS.tableName,
    [ENV.eventBusName]: LOCAL_SETTINGS.eventBusName,
    [ENV.mailFrom]: LOCAL_SETTINGS.mailFrom,
    [ENV.secretariatEmail]: LOCAL_SETTINGS.secretariatEmail,
    [ENV.uploadBucket]: LOCAL_SETTINGS.uploadBucket,
    [ENV.sesConfigurationSet]: LOCAL_SETTINGS.sesConfigurationSet,
    // The gateway's default address; the stack sets the real one once it listens.
    [ENV.publicApiUrl]: 'http://127.0.0.1:3000',
    [ENV.userPoolId]: LOCAL_SETTINGS.userPoolId,
    [ENV.webhookDeliveryRoleArn]: LOCAL_SETTINGS.webhookDeliveryRoleArn,
    [ENV.webhookDeadLetterQueueArn]: `arn:aws:sqs:${LOCAL_REGION}:000000000000:${LOCAL_SETTINGS.webhookDeadLetterQueue}`,
    [ENV.webhookDeadLetterQueueUrl]: `${endpoints.awsEmulator}/000000000000/${LOCAL_SETTINGS.webhookDeadLetterQueue}`,
    // The local stack only: the tests' receivers listen on http://127.0.0.1 (the CDK stack never sets it).
    [ENV.webhookAllowLoopbackHttp]: 'true',
    POWERTOOLS_LOG_LEVEL: logLevel,
    POWERTOOLS_SERVICE_NAME: 'kvalitetskommune',
  });
}
