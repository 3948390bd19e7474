/**
 * One function of the routing table as a Lambda: Node.js 24 on arm64, bundled by esbuild as ESM,
 * its own log group, X-Ray tracing, an alarm on errors, and exactly the access its routing-table
 * grants ask for (see `grantProgrammeAccess`).
 */
import path from 'node:path';
import { ArnFormat, Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { deployedFunctionName } from '#shared/dead-letters/naming.ts';
import { idempotencyPartition, RATE_LIMIT_PREFIX } from '#shared/platform/dynamodb/table-design.ts';
import { auditTableDesign } from '#shared/platform/audit/design.ts';
import { ENV } from '#shared/platform/config.ts';
import { EXPORT_OBJECT_PREFIX, FUNCTION_DEFAULTS, UPLOAD_OBJECT_PREFIX, type FunctionName, type FunctionSpec, type Grant } from '#shared/routing.ts';
import { functionBundling } from '../bundling.ts';
import { lockFile, repoRoot, tsconfigFile } from '../paths.ts';
import type { DeadLetterQueue } from './dead-letter-queue.ts';
import { nagReferenceOf, programmeName } from './naming.ts';

/** Service name in every structured log line (Powertools). */
export const SERVICE_NAME = 'kvalitetskommune';

export const DEFAULT_TIMEOUT_SECONDS = FUNCTION_DEFAULTS.timeoutSeconds;
export const DEFAULT_MEMORY_MB = FUNCTION_DEFAULTS.memoryMb;

/** Lambda's own retries of an asynchronous invocation (EventBridge, schedules) before the DLQ. */
const ASYNC_RETRY_ATTEMPTS = 2;
const ASYNC_MAX_EVENT_AGE = Duration.hours(6);

export interface ProgrammeFunctionProps {
  readonly name: FunctionName;
  readonly spec: FunctionSpec;
  /** For asynchronously invoked functions: where invocations go after Lambda's last retry. */
  readonly deadLetters?: DeadLetterQueue;
}

export class ProgrammeFunction extends NodejsFunction {
  readonly functionKey: FunctionName;
  readonly grantsAsked: readonly Grant[];
  readonly deadLetters: DeadLetterQueue | undefined;
  readonly executionRole: Role;
  readonly errorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: ProgrammeFunctionProps) {
    const { name, spec, deadLetters } = props;
    // Created beside the function (the log group must exist before the function does): an
    // explicit group has a retention, and an explicit role needs no AWS managed policy.
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${name}: ${spec.grants.length > 0 ? spec.grants.join(', ') : 'no data access'}`,
    });
    logGroup.grantWrite(role);

    const functionName = deployedFunctionName(programmeName(scope), name);
    if (functionName.length > 64) throw new Error(`Function name ${functionName} is longer than Lambda's 64 characters: choose a shorter stack name`);
    super(scope, id, {
      functionName,
      entry: path.join(repoRoot, spec.entry),
      handler: 'handler',
      description: spec.description.slice(0, 256),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? DEFAULT_MEMORY_MB,
      timeout: Duration.seconds(spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
      ...(spec.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: spec.reservedConcurrency } : {}),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      projectRoot: repoRoot,
      depsLockFilePath: lockFile,
      environment: {
        NODE_OPTIONS: functionBundling.nodeOptions,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: functionBundling.target,
        mainFields: [...functionBundling.mainFields],
        banner: functionBundling.banner,
        minify: functionBundling.minify,
        sourceMap: functionBundling.sourceMap,
        sourcesContent: false,
        tsconfig: tsconfigFile,
        externalModules: [...functionBundling.externalModules],
      },
      ...(deadLetters ? { deadLetterQueue: deadLetters, retryAttempts: ASYNC_RETRY_ATTEMPTS, maxEventAge: ASYNC_MAX_EVENT_AGE } : {}),
    });
    this.functionKey = name;
    this.grantsAsked = spec.grants;
    this.deadLetters = deadLetters;
    this.executionRole = role;

    this.errorsAlarm = new Alarm(this, 'ErrorsAlarm', {
      alarmDescription: `${name} failed (${spec.description}). See its log group and X-Ray traces.`,
      metric: this.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) is granted on "*": X-Ray supports no ' +
        'resource-level permissions. Every data grant is scoped to an ARN (checked by test/infra).',
    });
  }
}

/** The AWS resources a routing-table grant can refer to. */
export interface ProgrammeResources {
  readonly table: ITableV2;
  /** The audit table: PutItem for writers, Query for the audit route, nothing else for anyone. */
  readonly auditTable: ITableV2;
  /** Whole years an entry is kept (AUDIT_RETENTION_YEARS of every writer). */
  readonly auditRetentionYears: number;
  readonly eventBus: IEventBus;
  readonly mail: MailSettings;
  /** The bucket large uploads go through. */
  readonly uploads: IBucket;
  /** The programme's user pool; undefined with an external issuer (then people:manage grants nothing and logins are the issuer's). */
  readonly userPool?: IUserPool | undefined;
  /** The webhooks' delivery role and dead-letter queue (infra/constructs/webhook-delivery.ts). */
  readonly webhooks: { readonly deliveryRole: IRole; readonly deadLetters: IQueue };
}

export interface MailSettings {
  /** The From header (MAIL_FROM). */
  readonly from: string;
  readonly secretariatEmail: string;
  /** ARN of the verified SES identity the function may send as. */
  readonly identityArn: string;
  /** The SES configuration set every email is sent with (the stack creates it), and its ARN. */
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
}

type Grantor = (fn: ProgrammeFunction, resources: ProgrammeResources) => void;

/**
 * One least-privilege policy per kind of grant. Typed over every `Grant`, so a grant added to
 * the routing table's vocabulary cannot be deployed until it is given a meaning here.
 */
const grantors: { readonly [G in Grant]: Grantor } = {
  'table:read': (fn, { table }) => {
    table.grantReadData(fn);
    fn.addEnvironment(ENV.tableName, table.tableName);
    acknowledgeIndexWildcard(fn, table);
  },
  'table:write': (fn, resources) => {
    resources.table.grantWriteData(fn);
    fn.addEnvironment(ENV.tableName, resources.table.tableName);
    acknowledgeIndexWildcard(fn, resources.table);
    // Every transaction carries its audit entry (shared/platform/dynamodb/table.ts).
    grantAuditPut(fn, resources);
  },
  'audit:write': grantAuditPut,
  'audit:read': (fn, { auditTable }) => {
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'QueryAuditEntries',
        actions: ['dynamodb:Query'],
        resources: [auditTable.tableArn, ...auditTableDesign.globalSecondaryIndexes.map((index) => `${auditTable.tableArn}/index/${index.indexName}`)],
      }),
    );
    fn.addEnvironment(ENV.auditTableName, auditTable.tableName);
  },
  'table:idempotency': (fn, { table }) => {
    // Powertools idempotency records only: the items of this function's own idempotency partition.
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'IdempotencyRecordsOnly',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [idempotencyPartition(fn.functionKey)] } },
      }),
    );
    fn.addEnvironment(ENV.tableName, table.tableName);
  },
  'events:publish': (fn, { eventBus }) => {
    eventBus.grantPutEventsTo(fn);
    fn.addEnvironment(ENV.eventBusName, eventBus.eventBusName);
  },
  'dead-letters:manage': (fn) => {
    // The dead-letter queues and functions are found by name: `<stack>-<function>-dlq` and `<stack>-<function>`.
    const stack = Stack.of(fn);
    const prefix = programmeName(fn);
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadAndDeleteDeadLetters',
        actions: ['sqs:GetQueueUrl', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'],
        resources: [stack.formatArn({ service: 'sqs', resource: `${prefix}-*-dlq` })],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'InvokeFailedFunctionsAgain',
        actions: ['lambda:InvokeFunction'],
        resources: [stack.formatArn({ service: 'lambda', resource: 'function', resourceName: `${prefix}-*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      }),
    );
    fn.addEnvironment(ENV.resourcePrefix, prefix);
    Validations.of(fn.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sqs:<AWS::Region>:<AWS::AccountId>:${prefix}-*-dlq]`,
      reason: `Only the programme's own dead-letter queues, named ${prefix}-<function>-dlq: the tooling finds them by name.`,
    });
    Validations.of(fn.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:function:${prefix}-*]`,
      reason: `Only the programme's own functions, named ${prefix}-<function>: a redrive invokes the function that failed.`,
    });
  },
  'people:manage': (fn, { userPool }) => {
    if (!userPool) return;
    // The user pool's users only: create (invitation), read its sub, put in a group, disable and sign out (deactivation).
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ManageProgrammeUsers',
        actions: [
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminSetUserPassword',
          'cognito-idp:AdminAddUserToGroup',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminUserGlobalSignOut',
        ],
        resources: [userPool.userPoolArn],
      }),
    );
    fn.addEnvironment(ENV.userPoolId, userPool.userPoolId);
  },
  'uploads:put': (fn, { uploads }) => uploadObjectAccess(fn, uploads, 'PutUploadObjects', 's3:PutObject'),
  'uploads:read': (fn, { uploads }) => uploadObjectAccess(fn, uploads, 'ReadUploadObjects', 's3:GetObject'),
  'exports:write': (fn, { uploads }) => {
    // Write an export (one PutObject, or the parts of a multipart upload, and their abort) and read it back: a presigned GET is signed with it.
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'WriteAndShareExports', actions: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:GetObject'], resources: [uploads.arnForObjects(`${EXPORT_OBJECT_PREFIX}*`)] }),
    );
    fn.addEnvironment(ENV.uploadBucket, uploads.bucketName);
    Validations.of(fn.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagReferenceOf(fn, uploads.node.defaultChild as CfnElement, 'Arn')}/${EXPORT_OBJECT_PREFIX}*]`,
      reason: `Only the export files (${EXPORT_OBJECT_PREFIX}<exportId>/<file>, a new id per export): the keys are not known when the policy is written.`,
    });
  },
  'webhooks:provision': (fn, { eventBus, webhooks }) => {
    // Each registration's connection, API destination and rule, named <stack>-wh-<registration>, on the programme bus only.
    const stack = Stack.of(fn);
    const prefix = programmeName(fn);
    const pattern = `${prefix}-wh-*`;
    const connections = stack.formatArn({ service: 'events', resource: 'connection', resourceName: pattern });
    const destinations = stack.formatArn({ service: 'events', resource: 'api-destination', resourceName: pattern });
    const rules = stack.formatArn({ service: 'events', resource: 'rule', resourceName: `${eventBus.eventBusName}/${pattern}` });
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'ManageWebhookConnectionsAndDestinations',
        actions: ['events:CreateConnection', 'events:DescribeConnection', 'events:DeleteConnection', 'events:CreateApiDestination', 'events:DescribeApiDestination', 'events:UpdateApiDestination', 'events:DeleteApiDestination'],
        resources: [connections, destinations],
      }),
    );
    fn.addToRolePolicy(new PolicyStatement({ sid: 'ManageWebhookRules', actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'], resources: [rules] }));
    // A connection keeps its API key in a secret EventBridge creates in the caller's name (events!connection/<name>/…).
    const secrets = stack.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: `events!connection/${pattern}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'WebhookConnectionSecrets', actions: ['secretsmanager:CreateSecret', 'secretsmanager:UpdateSecret', 'secretsmanager:PutSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:DeleteSecret'], resources: [secrets] }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'PassWebhookDeliveryRole', actions: ['iam:PassRole'], resources: [webhooks.deliveryRole.roleArn], conditions: { StringEquals: { 'iam:PassedToService': 'events.amazonaws.com' } } }),
    );
    fn.addEnvironment(ENV.eventBusName, eventBus.eventBusName);
    fn.addEnvironment(ENV.resourcePrefix, prefix);
    fn.addEnvironment(ENV.webhookDeliveryRoleArn, webhooks.deliveryRole.roleArn);
    fn.addEnvironment(ENV.webhookDeadLetterQueueArn, webhooks.deadLetters.queueArn);
    const bus = nagReferenceOf(fn, eventBus.node.defaultChild as CfnElement, 'Ref');
    for (const id of [
      `arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:connection/${pattern}`,
      `arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:api-destination/${pattern}`,
      `arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:rule/${bus}/${pattern}`,
      `arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:events!connection/${pattern}`,
    ]) {
      Validations.of(fn.executionRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${id}]`,
        reason: `Only this stack's webhook resources, named ${pattern} (one connection, API destination, rule and connection secret per registration, created at run time), on the programme bus.`,
      });
    }
  },
  'webhooks:dead-letters': (fn, { webhooks }) => {
    fn.addToRolePolicy(new PolicyStatement({ sid: 'ReadWebhookDeadLetters', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], resources: [webhooks.deadLetters.queueArn] }));
    fn.addEnvironment(ENV.webhookDeadLetterQueueUrl, webhooks.deadLetters.queueUrl);
  },
  'mail:send': (fn, { mail }) => {
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: 'SendMailAsProgrammeIdentity',
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [mail.identityArn, mail.configurationSetArn],
      }),
    );
    fn.addEnvironment(ENV.mailFrom, mail.from);
    fn.addEnvironment(ENV.sesConfigurationSet, mail.configurationSetName);
    fn.addEnvironment(ENV.secretariatEmail, mail.secretariatEmail);
  },
};

const auditWriters = new WeakSet<ProgrammeFunction>();

/**
 * PutItem and nothing else on the audit table: an entry can be added (every Put is conditional
 * on a new key, shared/platform/audit/audit-log.ts), never changed or deleted. Asked by
 * `table:write` and `audit:write` alike, granted once.
 */
function grantAuditPut(fn: ProgrammeFunction, { auditTable, auditRetentionYears }: ProgrammeResources): void {
  if (auditWriters.has(fn)) return;
  auditWriters.add(fn);
  fn.addToRolePolicy(new PolicyStatement({ sid: 'AddAuditEntriesOnly', actions: ['dynamodb:PutItem'], resources: [auditTable.tableArn] }));
  fn.addEnvironment(ENV.auditTableName, auditTable.tableName);
  fn.addEnvironment(ENV.auditRetentionYears, String(auditRetentionYears));
}

/** One action on the upload objects only (not the bucket, not other keys); a presigned PUT is signed with it. */
function uploadObjectAccess(fn: ProgrammeFunction, uploads: IBucket, sid: string, action: string): void {
  fn.addToRolePolicy(new PolicyStatement({ sid, actions: [action], resources: [uploads.arnForObjects(`${UPLOAD_OBJECT_PREFIX}*`)] }));
  fn.addEnvironment(ENV.uploadBucket, uploads.bucketName);
  const bucketResource = uploads.node.defaultChild as CfnElement;
  Validations.of(fn.executionRole).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${nagReferenceOf(fn, bucketResource, 'Arn')}/${UPLOAD_OBJECT_PREFIX}*]`,
    reason: `Only the upload objects (${UPLOAD_OBJECT_PREFIX}<uploadId>, a new id per upload), and only ${action}: the keys are not known when the policy is written.`,
  });
}

/** Applies the function's routing-table grants: policies plus the environment they need. */
export function grantProgrammeAccess(fn: ProgrammeFunction, resources: ProgrammeResources): void {
  for (const grant of new Set(fn.grantsAsked)) grantors[grant](fn, resources);
}

/**
 * Every function behind the JWT authorizer counts its callers' requests (shared/platform/http/middlewares/rate-limit.ts):
 * one UpdateItem on the rate-limit counters' partitions only, whatever its routing-table grants say,
 * because the HTTP stack does it for every such function alike.
 */
export function grantRateLimitCounters(fn: ProgrammeFunction, table: ITableV2): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'RateLimitCountersOnly',
      actions: ['dynamodb:UpdateItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${RATE_LIMIT_PREFIX}*`] } },
    }),
  );
  fn.addEnvironment(ENV.tableName, table.tableName);
}

/** DynamoDB grants cover the table's indexes as `<table arn>/index/*`. */
function acknowledgeIndexWildcard(fn: ProgrammeFunction, table: ITableV2): void {
  const tableResource = table.node.defaultChild as CfnElement;
  Validations.of(fn.executionRole).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${nagReferenceOf(fn, tableResource, 'Arn')}/index/*]`,
    reason:
      'The wildcard is the programme table\'s own indexes (gsi1, gsi2), which the access patterns query; ' +
      'it matches no other table. DynamoDB grants of aws-cdk-lib add it when a table has indexes.',
  });
}
