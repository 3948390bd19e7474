/**
 * The programme backend: one deployable stack with nested stacks (see infra/stack-layout.ts for
 * what goes where; CloudFormation's 500 resources per template). Everything routed — functions, HTTP routes, event
 * subscriptions, schedules — is generated from shared/routing.ts; the table from
 * shared/platform/dynamodb/table-design.ts.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ProgrammeUserPool } from './constructs/auth.ts';
import { EventPipeline } from './constructs/event-pipeline.ts';
import { ProgrammeHttpApi } from './constructs/http-api.ts';
import type { MailSettings } from './constructs/programme-function.ts';
import { ProgrammeFunctions, rateLimitedFunctions } from './constructs/programme-functions.ts';
import { ProgrammeTable } from './constructs/programme-table.ts';
import { AuditTable } from './constructs/audit-table.ts';
import { UploadBucket } from './constructs/upload-bucket.ts';
import { WebhookDelivery } from './constructs/webhook-delivery.ts';
import { ENV } from '#shared/platform/config.ts';
import type { ProgrammeConfig } from './programme-config.ts';
import { StackLayout } from './stack-layout.ts';

export interface ProgrammeStackProps extends StackProps {
  readonly config: ProgrammeConfig;
}

export class ProgrammeStack extends Stack {
  readonly table: ProgrammeTable;
  readonly auditTable: AuditTable;
  readonly eventBus: EventBus;
  readonly uploads: UploadBucket;
  /** The webhooks' delivery role and dead-letter queue. */
  readonly webhooks: WebhookDelivery;
  readonly functions: ProgrammeFunctions;
  readonly userPool: ProgrammeUserPool;
  /** The people's API: Cognito tokens. */
  readonly httpApi: ProgrammeHttpApi;
  /** The municipal systems' API: Maskinporten tokens, the same functions. */
  readonly machineApi: ProgrammeHttpApi;
  readonly eventPipeline: EventPipeline;
  readonly mailConfigurationSet: ConfigurationSet;
  /** The nested stacks and what goes into each. */
  readonly layout: StackLayout;

  constructor(scope: Construct, id: string, props: ProgrammeStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.table = new ProgrammeTable(this, 'Table');
    this.auditTable = new AuditTable(this, 'AuditTable');
    this.eventBus = new EventBus(this, 'EventBus', { description: 'Domain events of Kvalitetskommuneprogrammet' });
    this.uploads = new UploadBucket(this, 'Uploads');
    this.webhooks = new WebhookDelivery(this, 'WebhookDelivery', { eventBus: this.eventBus });

    // Every email goes with this configuration set; its bounces and complaints go to the default
    // bus (the only bus SES v2 publishes to), where a rule hands them to recordEmailFeedback.
    const configurationSetName = config.sesConfigurationSet ?? `${this.stackName}-mail`;
    this.mailConfigurationSet = new ConfigurationSet(this, 'MailConfigurationSet', { configurationSetName });
    this.mailConfigurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultEventBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const mail: MailSettings = {
      from: config.mailFrom,
      secretariatEmail: config.secretariatEmail,
      identityArn: this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.sesIdentity }),
      configurationSetName,
      configurationSetArn: this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSetName }),
    };
    // People sign in through our user pool (whose users the people capability creates: made
    // before the functions, whose grants name it); municipal systems through Maskinporten. An HTTP
    // API route takes one JWT authorizer with one issuer, so each has its own API over the same functions.
    this.userPool = new ProgrammeUserPool(this, 'Auth');
    this.layout = new StackLayout(this);
    this.functions = new ProgrammeFunctions({
      resources: { table: this.table, auditTable: this.auditTable, auditRetentionYears: config.auditRetentionYears, eventBus: this.eventBus, mail, uploads: this.uploads, userPool: this.userPool.userPool, webhooks: this.webhooks },
      scopeFor: (name) => this.layout.scopeFor(name, 'Functions'),
    });
    if (config.reminderLadder) this.functions.get('runReportSweep').addEnvironment(ENV.reminderLadder, config.reminderLadder);
    if (config.uploadReminders) this.functions.get('runUploadReminders').addEnvironment(ENV.uploadReminders, config.uploadReminders);
    if (config.gatheringReminders) this.functions.get('runGatheringReminders').addEnvironment(ENV.gatheringReminders, config.gatheringReminders);
    if (config.applicationNudges) this.functions.get('runApplicationNudges').addEnvironment(ENV.applicationNudges, config.applicationNudges);
    if (config.rateLimits) for (const name of rateLimitedFunctions()) this.functions.get(name).addEnvironment(ENV.rateLimits, config.rateLimits);
    if (config.webhookRetry) this.functions.get('provisionWebhookDelivery').addEnvironment(ENV.webhookRetry, config.webhookRetry);
    if (config.mailCaps) this.functions.get('sendTargetStatusNotice').addEnvironment(ENV.mailCaps, config.mailCaps);
    // Every reader of figures applies the same threshold.
    if (config.disclosureMinPersons !== undefined) for (const fn of this.functions.all()) fn.addEnvironment(ENV.disclosureMinPersons, String(config.disclosureMinPersons));

    this.httpApi = new ProgrammeHttpApi(this, 'HttpApi', {
      audience: 'people',
      functions: this.functions,
      jwt: this.userPool,
      routeScopeFor: (name) => this.layout.scopeFor(name, 'Routes'),
    });
    // The one-click unsubscribe links of optional mail point at this API (RFC 8058).
    this.functions.get('deliverNotification').addEnvironment(ENV.publicApiUrl, this.httpApi.url);
    this.machineApi = new ProgrammeHttpApi(this, 'MachineApi', {
      audience: 'machine',
      functions: this.functions,
      jwt: config.maskinporten,
      routeScopeFor: (name) => this.layout.scopeFor(name, 'MachineRoutes'),
    });
    this.eventPipeline = new EventPipeline(this, 'EventPipeline', {
      table: this.table,
      eventBus: this.eventBus,
      functions: this.functions,
      uploads: this.uploads,
      mailConfigurationSetName: configurationSetName,
      ruleScopeFor: (name) => this.layout.scopeFor(name, 'Rules'),
    });

    if (config.alarmTopicArn) {
      const action = new SnsAction(Topic.fromTopicArn(this, 'AlarmTopic', config.alarmTopicArn));
      for (const construct of this.node.findAll()) {
        if (construct instanceof Alarm) construct.addAlarmAction(action);
      }
    }

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API for people (Cognito tokens)' });
    new CfnOutput(this, 'MachineApiUrl', { value: this.machineApi.url, description: 'Base URL of the HTTP API for municipal systems (Maskinporten tokens)' });
    new CfnOutput(this, 'EventBusName', { value: this.eventBus.eventBusName });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'AuditTableName', { value: this.auditTable.tableName, description: 'The audit log (entries expire after the configured years)' });
    new CfnOutput(this, 'UploadBucketName', { value: this.uploads.bucketName, description: 'Large uploads of figures (presigned PUT)' });
    new CfnOutput(this, 'JwtIssuer', { value: this.userPool.issuer, description: 'Issuer the people API trusts' });
    new CfnOutput(this, 'MaskinportenIssuer', { value: config.maskinporten.issuer, description: 'Issuer the machine API trusts' });
    new CfnOutput(this, 'MaskinportenAudience', { value: config.maskinporten.audience.join(','), description: 'The aud the machine API accepts: municipal systems ask Maskinporten for it as resource' });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPool.client.userPoolClientId });
  }
}
