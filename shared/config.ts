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
  /** A reminder ladder (JSON) replacing shared/config/reminder-ladder.json; CDK context `reminderLadder` sets it. */
  reminderLadder: 'REMINDER_LADDER',
  /** The SES configuration set every email is sent with (its bounce and complaint events come back); optional. */
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** Caps on optional mail (JSON) replacing shared/config/mail-caps.json. */
  mailCaps: 'MAIL_CAPS',
} as const;

export const config = {
  tableName: () => required(ENV.tableName),
  eventBusName: () => required(ENV.eventBusName),
  /** The verified SES identity emails are sent from, e.g. `Kvalitetskommuneprogrammet <post@…>`. */
  mailFrom: () => required(ENV.mailFrom),
  /** Where notices for the secretariat go. */
  secretariatEmail: () => required(ENV.secretariatEmail),
  /** The prefix of the deployed functions' and dead-letter queues' names (the stack name). */
  resourcePrefix: () => required(ENV.resourcePrefix),
  /** The SES configuration set to send with, when there is one (the stack always sets it). */
  sesConfigurationSet: () => process.env[ENV.sesConfigurationSet]?.trim() || undefined,
};

/** Source of every domain event this backend publishes on EventBridge. */
export const EVENT_SOURCE = 'no.kvalitetskommune.programme';
