/**
 * Deployment configuration, read from CDK context (`cdk.json` or `cdk deploy -c key=value`).
 * Everything has a default, so `cdk synth` works on a fresh checkout without any arguments.
 */

import type { z } from 'zod';
import { MailCaps } from '#shared/target-status/mail-caps.ts';
import { RateLimits } from '#shared/platform/http/rate-limits.ts';
import { ReminderLadder } from '#shared/reports/contract.ts';
import { UploadReminderSchedule } from '#shared/absence/upload-reminders.ts';
import { GatheringReminderSchedule } from '#shared/gatherings/registration-reminders.ts';
import { ApplicationNudgeSchedule } from '#shared/applications/application-nudges.ts';
import { DeliveryRetry } from '#shared/webhooks/delivery-retry.ts';
import { DEFAULT_AUDIT_RETENTION_YEARS } from '#shared/platform/audit/design.ts';

/** What the machine API's JWT authorizer trusts: a Maskinporten environment and the audience our clients ask for. */
export interface MaskinportenTrust {
  /** The issuer, exactly as in its tokens' `iss`: test `https://test.maskinporten.no/`, production `https://maskinporten.no/`. */
  readonly issuer: string;
  /**
   * The `aud` values accepted. Maskinporten puts `aud` in a token only when the client asks for an
   * audience-restricted token (the `resource` claim of its JWT grant), and API Gateway checks `aud`
   * (or `client_id`, which is the client's own): so a municipal system must ask for this audience.
   */
  readonly audience: readonly string[];
}

/** Test Maskinporten: the default, so a fresh deployment never trusts production tokens by accident. */
export const MASKINPORTEN_TEST_ISSUER = 'https://test.maskinporten.no/';
export const MASKINPORTEN_PRODUCTION_ISSUER = 'https://maskinporten.no/';

export interface ProgrammeConfig {
  /** The From header of every email, e.g. `Kvalitetskommuneprogrammet <post@example.org>`. */
  readonly mailFrom: string;
  /** The verified SES identity (domain or address) that the send permission is scoped to. */
  readonly sesIdentity: string;
  /** SES configuration set used when sending (also granted), if any. */
  readonly sesConfigurationSet: string | undefined;
  /** Where notices for the secretariat go. */
  readonly secretariatEmail: string;
  /** The Maskinporten environment and audience the machine API trusts (people always sign in through the stack's Cognito user pool). */
  readonly maskinporten: MaskinportenTrust;
  /** SNS topic to notify when an alarm fires (optional). */
  readonly alarmTopicArn: string | undefined;
  /** A reminder ladder replacing the shipped one (JSON, checked here), for the daily sweep. */
  readonly reminderLadder: string | undefined;
  /** The upload reminder schedule (JSON), checked; undefined: the shipped shared/absence/upload-reminders.json. */
  readonly uploadReminders: string | undefined;
  /** The gathering reminder steps (JSON), checked; undefined: the shipped shared/gatherings/registration-reminders.json. */
  readonly gatheringReminders: string | undefined;
  /** The application nudge schedule (JSON), checked; undefined: the shipped shared/applications/application-nudges.json. */
  readonly applicationNudges: string | undefined;
  /** Per-caller rate limits replacing shared/platform/http/rate-limits.json (JSON, checked here), for every authenticated HTTP function. */
  readonly rateLimits: string | undefined;
  /** Caps on optional mail replacing shared/target-status/mail-caps.json (JSON, checked here), for the status notices. */
  readonly mailCaps: string | undefined;
  /** The webhooks' retry policy replacing shared/webhooks/delivery-retry.json (JSON, checked here), for the provisioning function. */
  readonly webhookRetry: string | undefined;
  /** Whole years an audit entry is kept (the audit table's TTL); default DEFAULT_AUDIT_RETENTION_YEARS. */
  readonly auditRetentionYears: number;
  /** The disclosure threshold (persons) replacing the shipped 5, for every function (docs/disclosure-control.md). */
  readonly disclosureMinPersons: number | undefined;
}

export const CONFIG_DEFAULTS = {
  mailFrom: 'Kvalitetskommuneprogrammet <no-reply@example.org>',
  secretariatEmail: 'sekretariatet@example.org',
  maskinportenIssuer: MASKINPORTEN_TEST_ISSUER,
  /** A placeholder URI: set the API's own (agreed with the municipal systems, who ask Maskinporten for it as `resource`). */
  maskinportenAudience: 'https://api.kvalitetskommune.example/',
} as const;

/** The context keys this app reads. */
export const CONTEXT_KEYS = {
  mailFrom: 'mailFrom',
  sesIdentity: 'sesIdentity',
  sesConfigurationSet: 'sesConfigurationSet',
  secretariatEmail: 'secretariatEmail',
  maskinportenIssuer: 'maskinportenIssuer',
  maskinportenAudience: 'maskinportenAudience',
  alarmTopicArn: 'alarmTopicArn',
  reminderLadder: 'reminderLadder',
  uploadReminders: 'uploadReminders',
  gatheringReminders: 'gatheringReminders',
  applicationNudges: 'applicationNudges',
  rateLimits: 'rateLimits',
  mailCaps: 'mailCaps',
  webhookRetry: 'webhookRetry',
  auditRetentionYears: 'auditRetentionYears',
  disclosureMinPersons: 'disclosureMinPersons',
} as const;

export class InvalidConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigurationError';
  }
}

/** Reads and checks the configuration; `context` is usually `(key) => app.node.tryGetContext(key)`. */
export function programmeConfigFrom(context: (key: string) => unknown): ProgrammeConfig {
  const mailFrom = text(context, CONTEXT_KEYS.mailFrom) ?? CONFIG_DEFAULTS.mailFrom;
  const fromAddress = addressOf(mailFrom);
  if (!fromAddress) throw new InvalidConfigurationError(`mailFrom must contain an email address, got "${mailFrom}"`);

  const secretariatEmail = text(context, CONTEXT_KEYS.secretariatEmail) ?? CONFIG_DEFAULTS.secretariatEmail;
  if (!EMAIL.test(secretariatEmail)) {
    throw new InvalidConfigurationError(`secretariatEmail must be an email address, got "${secretariatEmail}"`);
  }

  const issuer = text(context, CONTEXT_KEYS.maskinportenIssuer) ?? CONFIG_DEFAULTS.maskinportenIssuer;
  if (!issuer.startsWith('https://')) throw new InvalidConfigurationError(`maskinportenIssuer must be an https URL, got "${issuer}"`);
  const given = list(context, CONTEXT_KEYS.maskinportenAudience);
  const audience = given.length ? given : [CONFIG_DEFAULTS.maskinportenAudience];
  for (const value of audience) {
    // Maskinporten accepts only URIs as `resource`; anything else could never be a token's aud.
    if (!URL.canParse(value)) throw new InvalidConfigurationError(`maskinportenAudience must be URIs, got "${value}"`);
  }

  return {
    mailFrom,
    // A domain identity covers every address at the domain; that is the usual SES setup.
    sesIdentity: text(context, CONTEXT_KEYS.sesIdentity) ?? fromAddress.slice(fromAddress.lastIndexOf('@') + 1),
    sesConfigurationSet: text(context, CONTEXT_KEYS.sesConfigurationSet),
    secretariatEmail,
    maskinporten: { issuer, audience },
    alarmTopicArn: text(context, CONTEXT_KEYS.alarmTopicArn),
    reminderLadder: ladder(context),
    uploadReminders: checkedJson(context, CONTEXT_KEYS.uploadReminders, UploadReminderSchedule, 'JSON: { "firstAfterDays", "secondAfterDays", "lateRunDays" }', 'is not a valid upload reminder schedule'),
    gatheringReminders: checkedJson(context, CONTEXT_KEYS.gatheringReminders, GatheringReminderSchedule, 'JSON: { "daysBefore": [7, 1] }', 'is not a valid gathering reminder schedule'),
    applicationNudges: checkedJson(context, CONTEXT_KEYS.applicationNudges, ApplicationNudgeSchedule, 'JSON: { "daysBefore": [14, 3], "lateRunDays" }', 'is not a valid application nudge schedule'),
    rateLimits: limits(context),
    mailCaps: caps(context),
    webhookRetry: checkedJson(context, CONTEXT_KEYS.webhookRetry, DeliveryRetry, 'JSON: { "maximumRetryAttempts": 0-185, "maximumEventAgeSeconds": 60-86400 }', 'is not a valid retry policy'),
    auditRetentionYears: retentionYears(context),
    disclosureMinPersons: minPersons(context),
  };
}

/** The ladder as an object in cdk.json or JSON text from `-c reminderLadder=…`, checked at synth: a bad ladder must not reach the sweep. */
/** Whole years, 1-100 (a number, or its text from `-c auditRetentionYears=…`). */
function retentionYears(context: (key: string) => unknown): number {
  const value = context(CONTEXT_KEYS.auditRetentionYears);
  if (value === undefined || value === null || value === '') return DEFAULT_AUDIT_RETENTION_YEARS;
  const years = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(years) || years < 1 || years > 100) throw new InvalidConfigurationError(`Context ${CONTEXT_KEYS.auditRetentionYears} must be a whole number of years (1-100), not ${JSON.stringify(value)}`);
  return years;
}

/** Whole persons, 1-100 (a number, or its text from `-c disclosureMinPersons=…`); unset: the shipped 5. */
function minPersons(context: (key: string) => unknown): number | undefined {
  const value = context(CONTEXT_KEYS.disclosureMinPersons);
  if (value === undefined || value === null || value === '') return undefined;
  const persons = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(persons) || persons < 1 || persons > 100) throw new InvalidConfigurationError(`Context ${CONTEXT_KEYS.disclosureMinPersons} must be a whole number of persons (1-100), not ${JSON.stringify(value)}`);
  return persons;
}

function ladder(context: (key: string) => unknown): string | undefined {
  return checkedJson(context, CONTEXT_KEYS.reminderLadder, ReminderLadder, 'JSON: { "steps": [{ "id", "daysFromDue", "notify" }] }', 'is not a valid ladder');
}

/** Rate limits as an object in cdk.json or JSON text from `-c rateLimits=…`, checked at synth like the ladder. */
function limits(context: (key: string) => unknown): string | undefined {
  return checkedJson(context, CONTEXT_KEYS.rateLimits, RateLimits, 'JSON: { "enabled", "windowSeconds", "storeTimeoutMs", "classes": { "standard", "upload" } } (see shared/platform/http/rate-limits.json)', 'are not valid');
}

/** The mail caps as an object in cdk.json or JSON text from `-c mailCaps=…`, checked at synth. */
function caps(context: (key: string) => unknown): string | undefined {
  return checkedJson(context, CONTEXT_KEYS.mailCaps, MailCaps, 'JSON: { "targetStatusNotice": { "perMunicipalityPerDay": 1 } }', 'is not valid');
}

/** A configuration document from the context (an object, or JSON text from `-c key=…`), checked against its schema; normalised JSON for the functions. */
function checkedJson(context: (key: string) => unknown, key: string, schema: z.ZodType, shape: string, refusal: string): string | undefined {
  const value = context(key);
  if (value === undefined || value === null || value === '') return undefined;
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    throw new InvalidConfigurationError(`${key} must be ${shape}`);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) throw new InvalidConfigurationError(`${key} ${refusal}: ${checked.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return JSON.stringify(checked.data);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The address in `Name <address>` or a bare `address`. */
export function addressOf(mailbox: string): string | undefined {
  const candidate = (/<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim();
  return EMAIL.test(candidate) ? candidate : undefined;
}

function text(context: (key: string) => unknown, key: string): string | undefined {
  const value = context(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidConfigurationError(`Context value ${key} must be a string`);
  return value.trim() === '' ? undefined : value.trim();
}

/** A JSON array in cdk.json, or a comma separated string from `-c key=a,b`. */
function list(context: (key: string) => unknown, key: string): string[] {
  const value = context(key);
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items || !items.every((item) => typeof item === 'string')) {
    throw new InvalidConfigurationError(`Context value ${key} must be a string or a list of strings`);
  }
  return items.map((item: string) => item.trim()).filter((item) => item !== '');
}
