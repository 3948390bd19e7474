/**
 * The routing table: which function serves which HTTP route, which event and which schedule.
 *
 * It is the single source both for the CDK stack (API routes, EventBridge rules, schedules,
 * IAM grants) and for the local runtime (gateway, event pipeline, clock). It is plain data on
 * purpose: handlers import it to learn their own access rules without pulling in anything else.
 */
import type { EventType } from './event-catalogue.ts';
import type { Role } from './platform/auth/principal.ts';
import type { RateLimitClass } from './platform/http/rate-limits.ts';

/**
 * What a function may touch in AWS. The stack turns each grant into a least-privilege policy.
 * `table:idempotency` is read/write on the idempotency partition only (IAM LeadingKeys);
 * `dead-letters:manage` reads and deletes the functions' dead-letter queues and invokes them again.
 */
export type Grant = 'table:read' | 'table:write' | 'table:idempotency' | 'events:publish' | 'mail:send' | 'dead-letters:manage' | UploadGrant;

/**
 * The upload bucket (large files of figures go through S3, not the request): `uploads:put` may
 * write (and so presign a PUT of) upload objects, `uploads:read` may read them. Both only under
 * UPLOAD_OBJECT_PREFIX.
 */
export type UploadGrant = 'uploads:put' | 'uploads:read';

/** Where upload objects live in the bucket: `absence-uploads/<uploadId>`. */
export const UPLOAD_OBJECT_PREFIX = 'absence-uploads/';

/** What a function gets where its spec says nothing, in AWS and locally alike. */
export const FUNCTION_DEFAULTS = { timeoutSeconds: 10, memoryMb: 512 } as const;

/** API Gateway's HTTP API gives up on a Lambda integration after this (29 s, its maximum) and answers 503 itself. */
export const HTTP_INTEGRATION_TIMEOUT_SECONDS = 29;
/**
 * An HTTP function's timeout stays this far under the integration's, so the function ends (and
 * answers, or is stopped) before API Gateway answers for it: a gateway 503 never hides work that
 * goes on and commits. A test over the routing table and one over the template keep it so.
 */
export const HTTP_TIMEOUT_MARGIN_SECONDS = 4;
/** The longest timeout an HTTP-routed function may have. */
export const HTTP_FUNCTION_MAX_TIMEOUT_SECONDS = HTTP_INTEGRATION_TIMEOUT_SECONDS - HTTP_TIMEOUT_MARGIN_SECONDS;

export interface FunctionSpec {
  /** Module (relative to the repository root) that exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly grants: readonly Grant[];
  /** Seconds; defaults to FUNCTION_DEFAULTS. */
  readonly timeoutSeconds?: number;
  /** It queues emails to the secretariat (notify), so it needs SECRETARIAT_EMAIL without the right to send mail itself. */
  readonly mailsSecretariat?: boolean;
  readonly memoryMb?: number;
  /**
   * Concurrent executions reserved for (and capping) this function: a heavy function can neither
   * take the account's whole concurrency from the others nor be starved by them. None: shared pool.
   */
  readonly reservedConcurrency?: number;
  /** Which per-caller limit of shared/platform/http/rate-limits.json an HTTP function counts on; default `standard`. */
  readonly rateLimitClass?: RateLimitClass;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/applications/{id}`. */
  readonly path: string;
  readonly function: FunctionName;
  /** Who may call it. `public` skips the JWT authorizer (used only for the API description). */
  readonly access: 'public' | readonly Role[];
  readonly summary: string;
}

export interface EventSubscription {
  readonly event: EventType;
  readonly function: FunctionName;
}

/** A subset of EventBridge cron fields, so the local clock can evaluate it exactly. */
export interface CronSpec {
  readonly minute: string;
  readonly hour: string;
  /** `*` or comma separated ISO weekdays (MON..SUN). Defaults to every day. */
  readonly weekDay?: string;
}

export interface ScheduleSpec {
  readonly name: string;
  readonly function: FunctionName;
  /** Evaluated in UTC, as EventBridge does. */
  readonly cron: CronSpec;
  readonly description: string;
}

export const functions = {
  submitApplication: {
    entry: 'functions/applications/submit-application.ts',
    description: 'POST /applications: a municipality submits its application to join the programme',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  getApplication: {
    entry: 'functions/applications/get-application.ts',
    description: 'GET /applications/{id}: read one application',
    grants: ['table:read'],
  },
  saveApplicationDraft: {
    entry: 'functions/applications/save-application-draft.ts',
    description: 'POST /applications/drafts: a municipality starts a draft application to an open cohort',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  updateApplicationDraft: {
    entry: 'functions/applications/update-application-draft.ts',
    description: 'PATCH /applications/{id}: change parts of a draft',
    grants: ['table:read', 'table:write'],
  },
  submitApplicationDraft: {
    entry: 'functions/applications/submit-application-draft.ts',
    description: 'POST /applications/{id}/submission: submit a completed draft',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  withdrawApplication: {
    entry: 'functions/applications/withdraw-application.ts',
    description: 'POST /applications/{id}/withdrawal: withdraw before the decision',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  decideApplication: {
    entry: 'functions/applications/decide-application.ts',
    description: 'POST /applications/{id}/decision: the secretariat records admission or rejection',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  listApplications: {
    entry: 'functions/applications/list-applications.ts',
    description: 'GET /applications: a cohort’s applications by status, or a municipality’s own',
    grants: ['table:read'],
  },
  listMunicipalities: {
    entry: 'functions/municipalities/list-municipalities.ts',
    description: 'GET /municipalities: the register',
    grants: ['table:read'],
  },
  getMunicipality: {
    entry: 'functions/municipalities/get-municipality.ts',
    description: 'GET /municipalities/{number}: one municipality with its participation history',
    grants: ['table:read'],
  },
  updateMunicipality: {
    entry: 'functions/municipalities/update-municipality.ts',
    description: 'PATCH /municipalities/{number}: written standard and contact address',
    grants: ['table:read', 'table:write'],
  },
  createCohort: {
    entry: 'functions/cohorts/create-cohort.ts',
    description: 'POST /cohorts: the secretariat creates a cohort (draft)',
    grants: ['table:write', 'table:idempotency'],
  },
  listCohorts: {
    entry: 'functions/cohorts/list-cohorts.ts',
    description: 'GET /cohorts: all cohorts by start date',
    grants: ['table:read'],
  },
  getCohort: {
    entry: 'functions/cohorts/get-cohort.ts',
    description: 'GET /cohorts/{cohortId}: a cohort with its calendar of gatherings',
    grants: ['table:read'],
  },
  changeCohortStatus: {
    entry: 'functions/cohorts/change-cohort-status.ts',
    description: 'POST /cohorts/{cohortId}/transitions: open, close, start or complete a cohort',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  scheduleGathering: {
    entry: 'functions/cohorts/schedule-gathering.ts',
    description: 'POST /cohorts/{cohortId}/gatherings: add a gathering to the calendar',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  getGathering: {
    entry: 'functions/cohorts/get-gathering.ts',
    description: 'GET /cohorts/{cohortId}/gatherings/{gatheringId}: one gathering (where scheduleGathering’s Location points)',
    grants: ['table:read'],
  },
  changeGathering: {
    entry: 'functions/cohorts/change-gathering.ts',
    description: 'PUT /cohorts/{cohortId}/gatherings/{gatheringId}: change a gathering',
    grants: ['table:read', 'table:write'],
  },
  formNetwork: {
    entry: 'functions/networks/form-network.ts',
    description: 'POST /cohorts/{cohortId}/networks: form a network with an advisor and members',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  listNetworks: {
    entry: 'functions/networks/list-networks.ts',
    description: 'GET /cohorts/{cohortId}/networks: a cohort’s networks',
    grants: ['table:read'],
  },
  getNetwork: {
    entry: 'functions/networks/get-network.ts',
    description: 'GET /cohorts/{cohortId}/networks/{networkId}: one network (where formNetwork’s Location points)',
    grants: ['table:read'],
  },
  assignToNetwork: {
    entry: 'functions/networks/assign-to-network.ts',
    description: 'POST /cohorts/{cohortId}/networks/{networkId}/members: place a participant in a network',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  getOverview: {
    entry: 'functions/overview/get-overview.ts',
    description: 'GET /overview: participation against the programme goal, per cohort, county and network',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  sendCohortInvitations: {
    entry: 'functions/cohorts/send-cohort-invitations.ts',
    description: 'On CohortOpened: invite every municipality not yet participating (that has a contact address)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
    timeoutSeconds: 300,
    reservedConcurrency: 2,
  },
  notifyParticipantsOfGathering: {
    entry: 'functions/cohorts/notify-participants-of-gathering.ts',
    description: 'On GatheringScheduled/GatheringChanged: tell the cohort’s project leaders',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 120,
  },
  sendDecisionLetter: {
    entry: 'functions/applications/send-decision-letter.ts',
    description: 'On ApplicationDecided: the outcome and reason to the project leader',
    grants: ['table:write', 'table:idempotency'],
  },
  sendNetworkComposition: {
    entry: 'functions/networks/send-network-composition.ts',
    description: 'On NetworkFormed/MunicipalityAssignedToNetwork: who is in the network, and the advisor, to its project leaders',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 60,
  },
  uploadAbsenceFigures: {
    entry: 'functions/absence/upload-absence-figures.ts',
    description: 'POST /municipalities/{number}/absence-figures: a municipality uploads its sick-leave figures (JSON or CSV)',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1024,
    reservedConcurrency: 10,
    rateLimitClass: 'upload',
  },
  uploadBulkAbsenceFigures: {
    entry: 'functions/absence/upload-bulk-absence-figures.ts',
    description: 'POST /absence-figures: the secretariat uploads figures for many municipalities (JSON or CSV)',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1769,
    reservedConcurrency: 2,
    rateLimitClass: 'upload',
  },
  createAbsenceUpload: {
    entry: 'functions/absence/create-absence-upload.ts',
    description: 'POST /municipalities/{number}/absence-uploads: a municipality gets a presigned PUT URL for a large file of figures',
    grants: ['table:read', 'table:write', 'table:idempotency', 'uploads:put'],
  },
  createBulkAbsenceUpload: {
    entry: 'functions/absence/create-bulk-absence-upload.ts',
    description: 'POST /absence-uploads: the secretariat gets a presigned PUT URL for a large bulk file of figures',
    grants: ['table:write', 'table:idempotency', 'uploads:put'],
  },
  getAbsenceUpload: {
    entry: 'functions/absence/get-absence-upload.ts',
    description: 'GET /absence-uploads/{id}: an asynchronous upload’s status, with its receipt or its row/column errors',
    grants: ['table:read'],
  },
  processAbsenceUpload: {
    entry: 'functions/absence/process-absence-upload.ts',
    description: 'On an upload object created in S3: read, check and accept the file; record the outcome; tell the uploader',
    grants: ['table:read', 'table:write', 'uploads:read'],
    mailsSecretariat: true,
    timeoutSeconds: 900,
    memoryMb: 1769,
  },
  getAbsenceFigures: {
    entry: 'functions/target-status/get-absence-figures.ts',
    description: 'GET /municipalities/{number}/absence-figures: figures, quarterly series and target status',
    grants: ['table:read'],
  },
  listTargetStatuses: {
    entry: 'functions/target-status/list-target-statuses.ts',
    description: 'GET /overview/target-statuses: every participant’s target status',
    grants: ['table:read'],
  },
  getAbsenceComparison: {
    entry: 'functions/overview/get-absence-comparison.ts',
    description: 'GET /overview/absence-comparison: participants against non-participants per quarter',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  recomputeTargetStatus: {
    entry: 'functions/target-status/recompute-target-status.ts',
    description: 'On AbsenceFiguresUploaded/MunicipalityAdmitted: promote an upload’s rows (clear their TTL), reassess the participants’ target statuses',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 5,
  },
  sendTargetStatusNotice: {
    entry: 'functions/target-status/send-target-status-notice.ts',
    description: 'On TargetStatusChanged: tell the project leader (and the advisor when off track), capped per day; daily: the coalesced latest status',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  deliverNotification: {
    entry: 'functions/notifications/deliver-notification.ts',
    description: 'On NotificationQueued: send the stored email (SES) and record the attempt',
    grants: ['table:read', 'table:write', 'table:idempotency', 'mail:send'],
  },
  recordEmailFeedback: {
    entry: 'functions/notifications/record-email-feedback.ts',
    description: 'On an SES bounce or complaint: suppress the address, mark the notification bounced or complained',
    grants: ['table:read', 'table:write'],
  },
  listNotifications: {
    entry: 'functions/notifications/list-notifications.ts',
    description: 'GET /notifications: emails by delivery status (failed ones: the dead letters)',
    grants: ['table:read'],
  },
  retryNotification: {
    entry: 'functions/notifications/retry-notification.ts',
    description: 'POST /notifications/{id}/retry: send a failed email again',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  confirmEmailAddress: {
    entry: 'functions/email-confirmations/confirm-email-address.ts',
    description: 'POST /email-confirmations/{token}: the owner of a typed email address confirms it',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  requestEmailConfirmation: {
    entry: 'functions/email-confirmations/request-email-confirmation.ts',
    description: 'On EmailAddressTyped: send the owner of a typed address its one confirmation code',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  releaseHeldNotifications: {
    entry: 'functions/email-confirmations/release-held-notifications.ts',
    description: 'On EmailAddressConfirmed: queue again the notifications held for the address',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  setReportPlan: {
    entry: 'functions/cohorts/set-report-plan.ts',
    description: 'PUT /cohorts/{cohortId}/report-plan: the reports participants owe',
    grants: ['table:read', 'table:write'],
  },
  scheduleReports: {
    entry: 'functions/reports/schedule-reports.ts',
    description: 'On MunicipalityAdmitted: schedule the participant’s reports from the cohort’s plan',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  listReports: {
    entry: 'functions/reports/list-reports.ts',
    description: 'GET /reports: reports by status per cohort and network; the overdue list',
    grants: ['table:read'],
  },
  getReport: {
    entry: 'functions/reports/get-report.ts',
    description: 'GET /reports/{id}: one report with its history',
    grants: ['table:read'],
  },
  submitReport: {
    entry: 'functions/reports/submit-report.ts',
    description: 'POST /reports/{id}/submission: the municipality submits a report',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  reviewReport: {
    entry: 'functions/reports/review-report.ts',
    description: 'POST /reports/{id}/review: accept or return a report',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  moveReportDueDate: {
    entry: 'functions/reports/move-report-due-date.ts',
    description: 'PATCH /reports/{id}: move one report’s due date',
    grants: ['table:read', 'table:write'],
  },
  runReportSweep: {
    entry: 'functions/reports/run-report-sweep.ts',
    description: 'Every morning: one letter per report at most, for the latest ladder step that has come; the others skipped',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 1,
  },
  sendReportReminder: {
    entry: 'functions/reports/send-report-reminder.ts',
    description: 'On ReportDue/ReportOverdue: remind the step’s audience',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  catchUpReportReminders: {
    entry: 'functions/reports/catch-up-report-reminders.ts',
    description: 'POST /cohorts/{cohortId}/report-reminders/catch-up: the secretariat starts the reminders of reports that fell due before they existed',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  notifyReviewersOfReport: {
    entry: 'functions/reports/notify-reviewers-of-report.ts',
    description: 'On ReportSubmitted: tell the network’s advisor and the secretariat that a report waits for review',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  sendReportReviewNotice: {
    entry: 'functions/reports/send-report-review-notice.ts',
    description: 'On ReportAccepted/ReportReturned: tell the project leader',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  listDeadLetters: {
    entry: 'functions/dead-letters/list-dead-letters.ts',
    description: 'GET /dead-letters: events the functions could not process after every retry',
    grants: ['dead-letters:manage'],
  },
  redriveDeadLetters: {
    entry: 'functions/dead-letters/redrive-dead-letters.ts',
    description: 'POST /dead-letters/{function}/redrive: send a function’s dead letters back to it',
    grants: ['dead-letters:manage', 'table:idempotency'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  answerUnmatchedRoute: {
    entry: 'functions/platform/answer-unmatched-route.ts',
    description: 'The API’s $default route: 404 (no such path) or 405 with Allow (not with this method), as problem+json',
    grants: [],
  },
  getOpenApiDocument: {
    entry: 'functions/api-description/get-openapi-document.ts',
    description: 'GET /openapi.json: the API description, generated from the zod contracts',
    grants: [],
  },
  sendApplicationReceipt: {
    entry: 'functions/applications/send-application-receipt.ts',
    description: 'On ApplicationSubmitted: email a receipt to the project leader',
    grants: ['table:write', 'table:idempotency'],
  },
  notifySecretariatOfApplication: {
    entry: 'functions/applications/notify-secretariat-of-application.ts',
    description: 'On ApplicationSubmitted: tell the secretariat a new application has arrived',
    grants: ['table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  sendDailyApplicationDigest: {
    entry: 'functions/applications/send-daily-application-digest.ts',
    description: 'Every morning: email the secretariat the applications received the day before',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
    timeoutSeconds: 60,
    reservedConcurrency: 1,
  },
  publishOutboxEvents: {
    entry: 'functions/platform/publish-outbox-events.ts',
    description: 'Table stream → EventBridge: publishes outbox items as domain events',
    grants: ['events:publish'],
    timeoutSeconds: 30,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;

export const httpRoutes = [
  {
    method: 'POST',
    path: '/applications',
    function: 'submitApplication',
    access: ['municipality'],
    summary: 'Submit an application to join the programme',
  },
  {
    method: 'GET',
    path: '/applications/{id}',
    function: 'getApplication',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'Read an application (a municipality sees only its own)',
  },
  {
    method: 'POST',
    path: '/applications/drafts',
    function: 'saveApplicationDraft',
    access: ['municipality'],
    summary: 'Start a draft application (only the cohort is required)',
  },
  {
    method: 'PATCH',
    path: '/applications/{id}',
    function: 'updateApplicationDraft',
    access: ['municipality'],
    summary: 'Change parts of a draft application',
  },
  {
    method: 'POST',
    path: '/applications/{id}/submission',
    function: 'submitApplicationDraft',
    access: ['municipality'],
    summary: 'Submit a draft; refused with every missing element named while incomplete',
  },
  {
    method: 'POST',
    path: '/applications/{id}/withdrawal',
    function: 'withdrawApplication',
    access: ['municipality'],
    summary: 'Withdraw an application before the decision',
  },
  {
    method: 'POST',
    path: '/applications/{id}/decision',
    function: 'decideApplication',
    access: ['secretariat'],
    summary: 'Record the decision: admitted or rejected, with the reason',
  },
  {
    method: 'GET',
    path: '/applications',
    function: 'listApplications',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'Applications by cohort and status, with counts (a municipality sees its own)',
  },
  {
    method: 'GET',
    path: '/municipalities',
    function: 'listMunicipalities',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'The municipality register (Kilde: Statistisk sentralbyrå)',
  },
  {
    method: 'GET',
    path: '/municipalities/{number}',
    function: 'getMunicipality',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'A municipality with its participation history (a municipality sees its own)',
  },
  {
    method: 'PATCH',
    path: '/municipalities/{number}',
    function: 'updateMunicipality',
    access: ['municipality', 'secretariat'],
    summary: 'Set the written standard and/or contact address (a municipality: its own)',
  },
  {
    method: 'POST',
    path: '/cohorts',
    function: 'createCohort',
    access: ['secretariat'],
    summary: 'Create a cohort (pulje), as a draft',
  },
  {
    method: 'GET',
    path: '/cohorts',
    function: 'listCohorts',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'All cohorts by start date',
  },
  {
    method: 'GET',
    path: '/cohorts/{cohortId}',
    function: 'getCohort',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'A cohort with its calendar of gatherings',
  },
  {
    method: 'POST',
    path: '/cohorts/{cohortId}/transitions',
    function: 'changeCohortStatus',
    access: ['secretariat'],
    summary: 'Open, close, start or complete a cohort (409 for an illegal transition)',
  },
  {
    method: 'POST',
    path: '/cohorts/{cohortId}/gatherings',
    function: 'scheduleGathering',
    access: ['secretariat'],
    summary: 'Add a gathering to the cohort’s calendar',
  },
  {
    method: 'GET',
    path: '/cohorts/{cohortId}/gatherings/{gatheringId}',
    function: 'getGathering',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'One gathering of the cohort’s calendar',
  },
  {
    method: 'PUT',
    path: '/cohorts/{cohortId}/gatherings/{gatheringId}',
    function: 'changeGathering',
    access: ['secretariat'],
    summary: 'Change a gathering; participants are told what changed',
  },
  {
    method: 'POST',
    path: '/cohorts/{cohortId}/networks',
    function: 'formNetwork',
    access: ['secretariat'],
    summary: 'Form a network with an advisor and (optionally) its first members',
  },
  {
    method: 'GET',
    path: '/cohorts/{cohortId}/networks',
    function: 'listNetworks',
    access: ['advisor', 'secretariat'],
    summary: 'The cohort’s networks',
  },
  {
    method: 'GET',
    path: '/cohorts/{cohortId}/networks/{networkId}',
    function: 'getNetwork',
    access: ['advisor', 'secretariat'],
    summary: 'One network with its advisor and members',
  },
  {
    method: 'POST',
    path: '/cohorts/{cohortId}/networks/{networkId}/members',
    function: 'assignToNetwork',
    access: ['secretariat'],
    summary: 'Place a participant of the cohort in the network',
  },
  {
    method: 'GET',
    path: '/overview',
    function: 'getOverview',
    access: ['advisor', 'secretariat'],
    summary: 'Participation against the programme goal (more than half), per cohort, county and network',
  },
  {
    method: 'POST',
    path: '/municipalities/{number}/absence-figures',
    function: 'uploadAbsenceFigures',
    access: ['municipality', 'secretariat'],
    summary: 'Upload sick-leave figures (JSON or text/csv); all rows or none; a repeat within 24 h is recognised',
  },
  {
    method: 'GET',
    path: '/municipalities/{number}/absence-figures',
    function: 'getAbsenceFigures',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'Current figures, quarterly series with rolling four quarters, and the target status (a municipality: its own)',
  },
  {
    method: 'POST',
    path: '/absence-figures',
    function: 'uploadBulkAbsenceFigures',
    access: ['secretariat'],
    summary: 'Upload figures for many municipalities at once (JSON or text/csv with municipalityNumber)',
  },
  {
    method: 'POST',
    path: '/municipalities/{number}/absence-uploads',
    function: 'createAbsenceUpload',
    access: ['municipality', 'secretariat'],
    summary: 'Start a large upload of figures: answers a presigned PUT URL; the file is checked and accepted asynchronously',
  },
  {
    method: 'POST',
    path: '/absence-uploads',
    function: 'createBulkAbsenceUpload',
    access: ['secretariat'],
    summary: 'Start a large bulk upload (municipalityNumber per row): answers a presigned PUT URL',
  },
  {
    method: 'GET',
    path: '/absence-uploads/{id}',
    function: 'getAbsenceUpload',
    access: ['municipality', 'secretariat'],
    summary: 'An asynchronous upload: received → validating → committed (receipt) | rejected (row/column errors); a municipality sees its own',
  },
  {
    method: 'GET',
    path: '/overview/target-statuses',
    function: 'listTargetStatuses',
    access: ['advisor', 'secretariat'],
    summary: 'Every participant’s target status, worst first, with counts',
  },
  {
    method: 'GET',
    path: '/overview/absence-comparison',
    function: 'getAbsenceComparison',
    access: ['advisor', 'secretariat'],
    summary: 'Sick-leave % of participants against non-participants per quarter, from summed days',
  },
  {
    method: 'PUT',
    path: '/cohorts/{cohortId}/report-plan',
    function: 'setReportPlan',
    access: ['secretariat'],
    summary: 'Set the reports each participant admitted from now on owes',
  },
  {
    method: 'GET',
    path: '/reports',
    function: 'listReports',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'Reports by status per cohort and network, with counts (status=overdue: the overdue list); a municipality sees its own',
  },
  {
    method: 'GET',
    path: '/reports/{id}',
    function: 'getReport',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'One report with its history',
  },
  {
    method: 'POST',
    path: '/reports/{id}/submission',
    function: 'submitReport',
    access: ['municipality'],
    summary: 'Submit a report (the fields its type requires)',
  },
  {
    method: 'POST',
    path: '/reports/{id}/review',
    function: 'reviewReport',
    access: ['advisor', 'secretariat'],
    summary: 'Accept a submitted report or return it with a comment',
  },
  {
    method: 'PATCH',
    path: '/reports/{id}',
    function: 'moveReportDueDate',
    access: ['secretariat'],
    summary: 'Move a report’s due date (its reminders are weighed again against the new date; steps sent are not sent again)',
  },
  {
    method: 'POST',
    path: '/cohorts/{cohortId}/report-reminders/catch-up',
    function: 'catchUpReportReminders',
    access: ['secretariat'],
    summary: 'Start the reminders of the cohort’s held reports (past due when scheduled): one truthful letter each at most, with a summary',
  },
  {
    method: 'GET',
    path: '/notifications',
    function: 'listNotifications',
    access: ['secretariat'],
    summary: 'Emails by delivery status; default the failed ones (after every retry)',
  },
  {
    method: 'POST',
    path: '/notifications/{id}/retry',
    function: 'retryNotification',
    access: ['secretariat'],
    summary: 'Send a failed email again',
  },
  {
    method: 'POST',
    path: '/email-confirmations/{token}',
    function: 'confirmEmailAddress',
    access: 'public',
    summary: 'Confirm a typed email address with the code sent to it (its held emails are then delivered)',
  },
  {
    method: 'GET',
    path: '/dead-letters',
    function: 'listDeadLetters',
    access: ['secretariat'],
    summary: 'Events a function could not process after every retry (up to 10 per function)',
  },
  {
    method: 'POST',
    path: '/dead-letters/{function}/redrive',
    function: 'redriveDeadLetters',
    access: ['secretariat'],
    summary: 'Send a function’s dead letters back to it (after the cause is fixed)',
  },
  {
    method: 'GET',
    path: '/openapi.json',
    function: 'getOpenApiDocument',
    access: 'public',
    summary: 'The OpenAPI 3.1 description of this API',
  },
] as const satisfies readonly HttpRoute[];

/**
 * The function behind the API's `$default` route: API Gateway sends it every request no route
 * matches (an unknown path, or a known path with another method), so those answers are
 * problem+json with instance and correlationId like every function's, not the gateway's own
 * `{"message":"Not Found"}`. Public: an unknown path is 404 with or without a token.
 */
export const unmatchedRouteFunction = 'answerUnmatchedRoute' satisfies FunctionName;

export const eventSubscriptions = [
  { event: 'ApplicationSubmitted', function: 'sendApplicationReceipt' },
  { event: 'ApplicationSubmitted', function: 'notifySecretariatOfApplication' },
  { event: 'ApplicationDecided', function: 'sendDecisionLetter' },
  { event: 'CohortOpened', function: 'sendCohortInvitations' },
  { event: 'GatheringScheduled', function: 'notifyParticipantsOfGathering' },
  { event: 'GatheringChanged', function: 'notifyParticipantsOfGathering' },
  { event: 'NetworkFormed', function: 'sendNetworkComposition' },
  { event: 'MunicipalityAssignedToNetwork', function: 'sendNetworkComposition' },
  { event: 'AbsenceFiguresUploaded', function: 'recomputeTargetStatus' },
  { event: 'MunicipalityAdmitted', function: 'recomputeTargetStatus' },
  { event: 'TargetStatusChanged', function: 'sendTargetStatusNotice' },
  { event: 'NotificationQueued', function: 'deliverNotification' },
  { event: 'EmailAddressTyped', function: 'requestEmailConfirmation' },
  { event: 'EmailAddressConfirmed', function: 'releaseHeldNotifications' },
  { event: 'MunicipalityAdmitted', function: 'scheduleReports' },
  { event: 'ReportDue', function: 'sendReportReminder' },
  { event: 'ReportOverdue', function: 'sendReportReminder' },
  { event: 'ReportSubmitted', function: 'notifyReviewersOfReport' },
  { event: 'ReportAccepted', function: 'sendReportReviewNotice' },
  { event: 'ReportReturned', function: 'sendReportReviewNotice' },
] as const satisfies readonly EventSubscription[];

/**
 * Events AWS services publish on the account's default bus (not the programme's bus, and not
 * in the event catalogue): SES's bounces and complaints for the stack's configuration set.
 */
export interface AwsEventSubscription {
  readonly source: string;
  readonly detailTypes: readonly string[];
  readonly function: FunctionName;
}

export const awsEventSubscriptions = [
  { source: 'aws.ses', detailTypes: ['Email Bounced', 'Email Complaint Received'], function: 'recordEmailFeedback' },
] as const satisfies readonly AwsEventSubscription[];

/** The functions subscribed to an AWS service's event, in table order. */
export function awsSubscribersOf(source: string, detailType: string): FunctionName[] {
  return (awsEventSubscriptions as readonly AwsEventSubscription[]).filter((s) => s.source === source && s.detailTypes.includes(detailType)).map((s) => s.function);
}

export const schedules = [
  {
    name: 'daily-application-digest',
    function: 'sendDailyApplicationDigest',
    cron: { minute: '0', hour: '5' },
    description: 'Daily at 05:00 UTC (06:00/07:00 in Norway): yesterday’s applications to the secretariat',
  },
  {
    name: 'report-due-sweep',
    function: 'runReportSweep',
    cron: { minute: '0', hour: '5' },
    description: 'Daily at 05:00 UTC: reminders of reports due soon, due today and overdue (the ladder in shared/reports/reminder-ladder.json)',
  },
  {
    name: 'target-status-follow-ups',
    // The notice function itself (one function less: the stack is near CloudFormation's 500 resources).
    function: 'sendTargetStatusNotice',
    cron: { minute: '0', hour: '5' },
    description: 'Daily at 05:00 UTC: the previous day’s latest target status where changes were coalesced (shared/target-status/mail-caps.json)',
  },
] as const satisfies readonly ScheduleSpec[];

/**
 * Objects created in the upload bucket (S3 → EventBridge "Object Created", the default bus)
 * and the function each prefix starts. Locally the S3 server's events go the same way.
 */
export interface UploadTrigger {
  readonly prefix: string;
  readonly function: FunctionName;
}

export const uploadTriggers = [{ prefix: UPLOAD_OBJECT_PREFIX, function: 'processAbsenceUpload' }] as const satisfies readonly UploadTrigger[];

/** The function that consumes the table stream. It is not routed by event type. */
export const streamConsumer: FunctionName = 'publishOutboxEvents';

/** The functions that serve an HTTP route. */
export type HttpFunction = (typeof httpRoutes)[number]['function'];
/** Those serving a POST: commands, which a repeat with the same Idempotency-Key must not run twice. */
export type PostFunction = Extract<(typeof httpRoutes)[number], { method: 'POST' }>['function'];

/** The route a function serves; throws for functions that serve none (a wiring mistake). */
export function routeOf(name: FunctionName): HttpRoute {
  const route = httpRoutes.find((r) => r.function === name);
  if (!route) throw new Error(`Function ${name} serves no HTTP route`);
  return route;
}

/** The functions subscribed to an event type, in table order. */
export function subscribersOf(event: EventType): FunctionName[] {
  return eventSubscriptions.filter((s) => s.event === event).map((s) => s.function);
}
