/**
 * Configuration from the environment, read once and checked: a missing variable is a
 * deployment mistake and fails loudly with its name, never as `undefined` deep in a call.
 */
import { auditTableFor, DEFAULT_AUDIT_RETENTION_YEARS } from './audit/design.ts';

export class MissingConfigurationError extends Error {
  readonly variable: string;
  constructor(variable: string) {
    super(`Environment variable ${variable} is not set`);
    this.variable = variable;
    this.name = 'MissingConfigurationError';
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') throw new MissingConfigurationError(name);
  return value;
}

/** Environment variable names shared by the CDK stack and the local runtime. */
export const ENV = {
  tableName: 'TABLE_NAME',
  /** The audit table (PutItem only for writers); locally and in tests `<TABLE_NAME>-audit`. */
  auditTableName: 'AUDIT_TABLE_NAME',
  /** Whole years an audit entry is kept before DynamoDB's TTL deletes it; CDK context `auditRetentionYears` sets it (default 10). */
  auditRetentionYears: 'AUDIT_RETENTION_YEARS',
  eventBusName: 'EVENT_BUS_NAME',
  mailFrom: 'MAIL_FROM',
  secretariatEmail: 'SECRETARIAT_EMAIL',
  resourcePrefix: 'RESOURCE_PREFIX',
  /** A reminder ladder (JSON) replacing shared/reports/reminder-ladder.json; CDK context `reminderLadder` sets it. */
  reminderLadder: 'REMINDER_LADDER',
  /** The upload reminder schedule (JSON) replacing shared/absence/upload-reminders.json; CDK context `uploadReminders` sets it. */
  uploadReminders: 'UPLOAD_REMINDERS',
  /** The gathering reminder steps (JSON) replacing shared/gatherings/registration-reminders.json; CDK context `gatheringReminders` sets it. */
  gatheringReminders: 'GATHERING_REMINDERS',
  /** The application nudge schedule (JSON) replacing shared/applications/application-nudges.json; CDK context `applicationNudges` sets it. */
  applicationNudges: 'APPLICATION_NUDGES',
  /** Per-caller rate limits (JSON) replacing shared/platform/http/rate-limits.json; CDK context `rateLimits` sets it. */
  rateLimits: 'RATE_LIMITS',
  /** The bucket large uploads of figures go through (presigned PUT, then processAbsenceUpload). */
  uploadBucket: 'UPLOAD_BUCKET',
  /** Uploads with more rows than this are not accepted within the request but asynchronously (202). */
  asyncUploadRows: 'ASYNC_UPLOAD_ROWS',
  /** The SES configuration set every email is sent with (its bounce and complaint events come back); optional. */
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** Caps on optional mail (JSON) replacing shared/target-status/mail-caps.json. */
  mailCaps: 'MAIL_CAPS',
  /** Optional mails one address gets at once per day, replacing the shipped cap (shared/notifications/mail-preferences.ts); the test stack raises it. */
  optionalMailCap: 'OPTIONAL_MAIL_CAP',
  /** The API's public base URL, for the one-click unsubscribe links in optional mail (the stack sets the HTTP API's URL). */
  publicApiUrl: 'PUBLIC_API_URL',
  /** The disclosure threshold: figures about fewer persons are suppressed (docs/disclosure-control.md); default 5. */
  disclosureMinPersons: 'DISCLOSURE_MIN_PERSONS',
  /** The Cognito user pool people sign in with (the people capability creates, disables and signs out its users). */
  userPoolId: 'USER_POOL_ID',
  /** The role EventBridge assumes to call the webhooks' API destinations (the provisioning function passes it to each rule's target). */
  webhookDeliveryRoleArn: 'WEBHOOK_DELIVERY_ROLE_ARN',
  /** The SQS queue the webhooks' rules dead-letter to (ARN for the targets, URL for its reader). */
  webhookDeadLetterQueueArn: 'WEBHOOK_DEAD_LETTER_QUEUE_ARN',
  webhookDeadLetterQueueUrl: 'WEBHOOK_DEAD_LETTER_QUEUE_URL',
  /** The webhooks' retry policy (JSON) replacing shared/webhooks/delivery-retry.json; CDK context `webhookRetry` sets it. */
  webhookRetry: 'WEBHOOK_RETRY',
  /**
   * `true` only in the local stack: a webhook URL may be http:// on a loopback address (the tests'
   * receivers). The CDK stack never sets it (test/infra checks every function).
   */
  webhookAllowLoopbackHttp: 'WEBHOOK_ALLOW_LOOPBACK_HTTP',
} as const;

/** Default of ASYNC_UPLOAD_ROWS: well under what commits within a request on a slow machine. */
export const DEFAULT_ASYNC_UPLOAD_ROWS = 5_000;

export const config = {
  tableName: () => required(ENV.tableName),
  auditTableName: () => process.env[ENV.auditTableName]?.trim() || auditTableFor(required(ENV.tableName)),
  /** A whole number of years, 1-100; anything else is a deployment mistake. */
  auditRetentionYears: () => {
    const raw = process.env[ENV.auditRetentionYears];
    if (raw === undefined || raw.trim() === '') return DEFAULT_AUDIT_RETENTION_YEARS;
    const years = Number(raw);
    if (!Number.isInteger(years) || years < 1 || years > 100) throw new Error(`${ENV.auditRetentionYears} must be a whole number of years (1-100), not ${raw}`);
    return years;
  },
  eventBusName: () => required(ENV.eventBusName),
  /** The verified SES identity emails are sent from, e.g. `Kvalitetskommuneprogrammet <post@…>`. */
  mailFrom: () => required(ENV.mailFrom),
  /** Where notices for the secretariat go. */
  secretariatEmail: () => required(ENV.secretariatEmail),
  /** The prefix of the deployed functions' and dead-letter queues' names (the stack name). */
  resourcePrefix: () => required(ENV.resourcePrefix),
  uploadBucket: () => required(ENV.uploadBucket),
  userPoolId: () => required(ENV.userPoolId),
  webhookDeliveryRoleArn: () => required(ENV.webhookDeliveryRoleArn),
  webhookDeadLetterQueueArn: () => required(ENV.webhookDeadLetterQueueArn),
  webhookDeadLetterQueueUrl: () => required(ENV.webhookDeadLetterQueueUrl),
  /** Exactly `true` turns it on; anything else (unset in AWS) leaves webhooks HTTPS-only and public. */
  webhookAllowLoopbackHttp: () => process.env[ENV.webhookAllowLoopbackHttp] === 'true',
  /** A positive whole number of rows; anything else is a deployment mistake. */
  asyncUploadRows: () => {
    const raw = process.env[ENV.asyncUploadRows];
    if (raw === undefined || raw.trim() === '') return DEFAULT_ASYNC_UPLOAD_ROWS;
    const rows = Number(raw);
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`${ENV.asyncUploadRows} must be a positive whole number of rows, not ${raw}`);
    return rows;
  },
  /** The SES configuration set to send with, when there is one (the stack always sets it). */
  sesConfigurationSet: () => process.env[ENV.sesConfigurationSet]?.trim() || undefined,
  /** OPTIONAL_MAIL_CAP when set (a positive whole number; anything else is a deployment mistake), else undefined: the shipped cap. */
  optionalMailCap: () => {
    const raw = process.env[ENV.optionalMailCap];
    if (raw === undefined || raw.trim() === '') return undefined;
    const cap = Number(raw);
    if (!Number.isInteger(cap) || cap < 1) throw new Error(`${ENV.optionalMailCap} must be a positive whole number, not ${raw}`);
    return cap;
  },
  /** DISCLOSURE_MIN_PERSONS when set (a whole number 1-100; anything else is a deployment mistake), else undefined: the shipped threshold. */
  disclosureMinPersons: () => {
    const raw = process.env[ENV.disclosureMinPersons];
    if (raw === undefined || raw.trim() === '') return undefined;
    const persons = Number(raw);
    if (!Number.isInteger(persons) || persons < 1 || persons > 100) throw new Error(`${ENV.disclosureMinPersons} must be a whole number of persons (1-100), not ${raw}`);
    return persons;
  },
  /** The API's base URL without a trailing slash: an optional mail's unsubscribe link must work, so it is required. */
  publicApiUrl: () => required(ENV.publicApiUrl).replace(/\/+$/, ''),
};

/** Source of every domain event this backend publishes on EventBridge. */
export const EVENT_SOURCE = 'no.kvalitetskommune.programme';
