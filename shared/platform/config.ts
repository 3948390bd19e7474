/**
 * Configuration from the environment, read once and checked: a missing variable is a
 * deployment mistake and fails loudly with its name, never as `undefined` deep in a call.
 */
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
  eventBusName: 'EVENT_BUS_NAME',
  mailFrom: 'MAIL_FROM',
  secretariatEmail: 'SECRETARIAT_EMAIL',
  resourcePrefix: 'RESOURCE_PREFIX',
  /** A reminder ladder (JSON) replacing shared/reports/reminder-ladder.json; CDK context `reminderLadder` sets it. */
  reminderLadder: 'REMINDER_LADDER',
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
  /** The Cognito user pool people sign in with (the people capability creates, disables and signs out its users). */
  userPoolId: 'USER_POOL_ID',
} as const;

/** Default of ASYNC_UPLOAD_ROWS: well under what commits within a request on a slow machine. */
export const DEFAULT_ASYNC_UPLOAD_ROWS = 5_000;

export const config = {
  tableName: () => required(ENV.tableName),
  eventBusName: () => required(ENV.eventBusName),
  /** The verified SES identity emails are sent from, e.g. `Kvalitetskommuneprogrammet <post@…>`. */
  mailFrom: () => required(ENV.mailFrom),
  /** Where notices for the secretariat go. */
  secretariatEmail: () => required(ENV.secretariatEmail),
  /** The prefix of the deployed functions' and dead-letter queues' names (the stack name). */
  resourcePrefix: () => required(ENV.resourcePrefix),
  uploadBucket: () => required(ENV.uploadBucket),
  userPoolId: () => required(ENV.userPoolId),
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
};

/** Source of every domain event this backend publishes on EventBridge. */
export const EVENT_SOURCE = 'no.kvalitetskommune.programme';
