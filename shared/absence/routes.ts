/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { FIGURES_UPLOADERS, allow } from '../platform/auth/principal.ts';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration, type AwsEventDeclaration, type ScheduleDeclaration, type SubscriptionDeclaration } from '../platform/declarations.ts';
import { AbsenceFiguresMissing, AbsenceFiguresReminderDue, AbsenceFiguresUploaded } from '../event-catalogue.ts';
import { MunicipalityParams } from '../municipalities/contract.ts';
import {
  AbsenceUpload,
  AbsenceUploadParams,
  AbsenceUploadRequest,
  AbsenceUploadTicket,
  AbsenceWarningList,
  AbsenceWarningParams,
  BulkAbsenceUploadRequest,
  CheckAbsenceWarningRequest,
  ListAbsenceWarningsQuery,
  StoredAbsenceWarning,
  CreateAbsenceUploadRequest,
  UPLOAD_OBJECT_PREFIX,
  UploadReceipt,
} from './contract.ts';

export const uploadAbsenceFigures = {
  function: {
    name: 'uploadAbsenceFigures',
    entry: 'functions/absence/upload-absence-figures.ts',
    purpose: 'a municipality uploads its sick-leave figures (JSON or CSV)',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1024,
    reservedConcurrency: 10,
    rateLimitClass: 'upload',
  },
  method: 'POST',
  path: '/municipalities/{number}/absence-figures',
  access: /* @__PURE__ */ allow(FIGURES_UPLOADERS, 'kvalitetskommune:figures.write', 'secretariat'),
  summary: 'Upload sick-leave figures (JSON or text/csv); all rows or none; a repeat within 24 h is recognised',
  contract: {
    params: MunicipalityParams,
    body: AbsenceUploadRequest,
    csv: {
      description: 'CSV (UTF-8): a header row naming the columns of a `rows` item, then one row per item; empty cells are left out, number columns read as numbers. Errors name the data row (1 = the first row after the header) and column.',
    },
    success: {
      status: 201,
      description: 'Stored; the target statuses follow asynchronously',
      schema: UploadReceipt,
    },
    alsoSucceeds: [
      {
        status: 200,
        description: 'A repeat of content received in the last 24 hours: its receipt with duplicate=true (nothing written again)',
        schema: UploadReceipt,
      },
      {
        status: 202,
        description: 'More rows than ASYNC_UPLOAD_ROWS: accepted asynchronously; poll the Location (an AbsenceUpload)',
        schema: AbsenceUpload,
        location: '/absence-uploads/{id}',
      },
    ],
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const uploadBulkAbsenceFigures = {
  function: {
    name: 'uploadBulkAbsenceFigures',
    entry: 'functions/absence/upload-bulk-absence-figures.ts',
    purpose: 'the secretariat uploads figures for many municipalities (JSON or CSV)',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1769,
    reservedConcurrency: 2,
    rateLimitClass: 'upload',
  },
  method: 'POST',
  path: '/absence-figures',
  access: ['secretariat'],
  summary: 'Upload figures for many municipalities at once (JSON or text/csv with municipalityNumber)',
  contract: {
    body: BulkAbsenceUploadRequest,
    csv: {
      description: 'CSV (UTF-8): a header row naming the columns of a `rows` item, then one row per item; empty cells are left out, number columns read as numbers. Errors name the data row (1 = the first row after the header) and column.',
    },
    success: {
      status: 201,
      description: 'Stored; the participants’ target statuses follow asynchronously',
      schema: UploadReceipt,
    },
    alsoSucceeds: [
      {
        status: 200,
        description: 'A repeat of content received in the last 24 hours: its receipt with duplicate=true (nothing written again)',
        schema: UploadReceipt,
      },
      {
        status: 202,
        description: 'More rows than ASYNC_UPLOAD_ROWS: accepted asynchronously; poll the Location (an AbsenceUpload)',
        schema: AbsenceUpload,
        location: '/absence-uploads/{id}',
      },
    ],
    problems: [409, 422],
  },
} as const satisfies RouteDeclaration;

export const createAbsenceUpload = {
  function: {
    name: 'createAbsenceUpload',
    entry: 'functions/absence/create-absence-upload.ts',
    purpose: 'a municipality gets a presigned PUT URL for a large file of figures',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
  },
  method: 'POST',
  path: '/municipalities/{number}/absence-uploads',
  access: /* @__PURE__ */ allow(FIGURES_UPLOADERS, 'kvalitetskommune:figures.write', 'secretariat'),
  summary: 'Start a large upload of figures: answers a presigned PUT URL; the file is checked and accepted asynchronously',
  contract: {
    params: MunicipalityParams,
    body: CreateAbsenceUploadRequest,
    success: {
      status: 202,
      description: 'The upload (received) and a presigned PUT for the file',
      schema: AbsenceUploadTicket,
      location: '/absence-uploads/{id}',
    },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const createBulkAbsenceUpload = {
  function: {
    name: 'createBulkAbsenceUpload',
    entry: 'functions/absence/create-bulk-absence-upload.ts',
    purpose: 'the secretariat gets a presigned PUT URL for a large bulk file of figures',
    grants: ['table:write', 'table:idempotency', 'uploads:put'],
  },
  method: 'POST',
  path: '/absence-uploads',
  access: ['secretariat'],
  summary: 'Start a large bulk upload (municipalityNumber per row): answers a presigned PUT URL',
  contract: {
    body: CreateAbsenceUploadRequest,
    success: {
      status: 202,
      description: 'The upload (received) and a presigned PUT for the bulk file',
      schema: AbsenceUploadTicket,
      location: '/absence-uploads/{id}',
    },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const getAbsenceUpload = {
  function: {
    name: 'getAbsenceUpload',
    entry: 'functions/absence/get-absence-upload.ts',
    purpose: 'an asynchronous upload’s status, with its receipt or its row/column errors',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/absence-uploads/{id}',
  access: /* @__PURE__ */ allow(FIGURES_UPLOADERS, 'kvalitetskommune:figures.write', 'kvalitetskommune:figures.read', 'secretariat'),
  summary: 'An asynchronous upload: received → validating → committed (receipt) | rejected (row/column errors); a municipality sees its own',
  contract: {
    params: AbsenceUploadParams,
    success: {
      status: 200,
      description: 'The upload: its status, and the receipt (committed) or the problem with row/column errors (rejected)',
      schema: AbsenceUpload,
      retryAfter: 'While the upload is received or validating (not yet done)',
    },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const processAbsenceUpload = {
  function: {
    name: 'processAbsenceUpload',
    entry: 'functions/absence/process-absence-upload.ts',
    purpose: 'On an upload object created in S3: read, check and accept the file; record the outcome; tell the uploader',
    grants: ['table:read', 'table:write', 'uploads:read'],
    mailsSecretariat: true,
    timeoutSeconds: 900,
    memoryMb: 1769,
  },
  source: 'aws.s3',
  detailTypes: ['Object Created'],
  objectKeyPrefix: UPLOAD_OBJECT_PREFIX,
} as const satisfies AwsEventDeclaration;

export const listAbsenceWarnings = {
  function: {
    name: 'listAbsenceWarnings',
    entry: 'functions/absence/list-absence-warnings.ts',
    purpose: 'plausibility warnings of uploaded figures, open or checked',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/absence-figures/warnings',
  access: ['secretariat'],
  summary: 'Plausibility warnings of uploaded figures (valid but unlikely; the figures count): open ones by default, one municipality’s with municipalityNumber',
  contract: {
    query: ListAbsenceWarningsQuery,
    success: { status: 200, description: 'Warnings in that status, by municipality, upload and row', schema: AbsenceWarningList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const checkAbsenceWarning = {
  function: {
    name: 'checkAbsenceWarning',
    entry: 'functions/absence/check-absence-warning.ts',
    purpose: 'the secretariat marks a plausibility warning checked',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/absence-figures/warnings/{id}/check',
  access: ['secretariat'],
  summary: 'Mark a plausibility warning checked, with an optional note (who and when are recorded); again: the first check stands',
  contract: {
    params: AbsenceWarningParams,
    body: CheckAbsenceWarningRequest,
    success: { status: 200, description: 'The warning, checked', schema: StoredAbsenceWarning },
    problems: [404, 422],
  },
} as const satisfies RouteDeclaration;

export const promoteAbsenceWarnings = {
  function: {
    name: 'promoteAbsenceWarnings',
    entry: 'functions/absence/promote-absence-warnings.ts',
    purpose: 'On AbsenceFiguresUploaded: list the committed upload’s plausibility warnings (pending until then)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
  },
  consumes: [AbsenceFiguresUploaded],
} as const satisfies SubscriptionDeclaration;

export const uploadReminderSchedule = {
  function: {
    name: 'runUploadReminders',
    entry: 'functions/absence/run-upload-reminders.ts',
    purpose: 'Every morning: participants without figures for a quarter whose reminder day has come are reminded, once per municipality, quarter and step',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 1,
  },
  name: 'upload-reminders',
  cron: { minute: '15', hour: '5' },
  description: 'Daily at 05:15 UTC: reminders to upload a quarter’s sick-leave figures (shared/absence/upload-reminders.json), and the secretariat’s list of who is missing',
} as const satisfies ScheduleDeclaration;

export const sendUploadReminder = {
  function: {
    name: 'sendUploadReminder',
    entry: 'functions/absence/send-upload-reminder.ts',
    purpose: 'On AbsenceFiguresReminderDue: remind the figures uploaders and project leaders; on AbsenceFiguresMissing: send the secretariat the list',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  consumes: [AbsenceFiguresReminderDue, AbsenceFiguresMissing],
} as const satisfies SubscriptionDeclaration;

export const routes = [uploadAbsenceFigures, uploadBulkAbsenceFigures, createAbsenceUpload, createBulkAbsenceUpload, getAbsenceUpload, listAbsenceWarnings, checkAbsenceWarning] as const;
export const awsEvents = [processAbsenceUpload] as const;
export const schedules = [uploadReminderSchedule] as const;
export const subscriptions = [promoteAbsenceWarnings, sendUploadReminder] as const;
