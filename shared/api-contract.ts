/**
 * What each HTTP function accepts and answers. Together with the routing table (method, path,
 * access) this is the whole API contract; shared/openapi.ts renders it as OpenAPI.
 * The type requires an entry for every routed function.
 */
import * as z from 'zod';
import type { httpRoutes } from './routing.ts';
import {
  Application,
  ApplicationDraftRequest,
  ApplicationIdParams,
  ApplicationList,
  DecisionRequest,
  ListApplicationsQuery,
  SubmitApplicationRequest,
  UpdateApplicationDraftRequest,
} from './applications/contract.ts';
import { Cohort, CohortList, CohortParams, CohortTransitionRequest, CreateCohortRequest, Gathering, GatheringParams, GatheringRequest } from './cohorts/contract.ts';
import { ListMunicipalitiesQuery, MunicipalityDetails, MunicipalityList, MunicipalityParams, MunicipalityProfile, UpdateMunicipalityRequest } from './municipalities/contract.ts';
import { AssignToNetworkRequest, FormNetworkRequest, Network, NetworkList, NetworkParams } from './networks/contract.ts';
import { Overview, OverviewQuery } from './overview/contract.ts';
import { CatchUpRequest, CatchUpSummary, ListReportsQuery, MoveDueDateRequest, Report, ReportList, ReportParams, ReportPlanRequest, ReportSubmission, ReviewRequest } from './reports/contract.ts';
import { DeadLetterList, DeadLetterParams, Redrive } from './dead-letters/contract.ts';
import { ListNotificationsQuery, Notification, NotificationList, NotificationParams } from './notifications/contract.ts';
import { EmailConfirmation, EmailConfirmationParams } from './email-confirmations/contract.ts';
import {
  AbsenceComparison,
  AbsenceComparisonQuery,
  AbsenceSeries,
  AbsenceUploadRequest,
  BulkAbsenceUploadRequest,
  TargetStatusOverview,
  UploadReceipt,
} from './absence/contract.ts';
import { AbsenceUpload, AbsenceUploadParams, AbsenceUploadTicket, CreateAbsenceUploadRequest } from './absence/upload-contract.ts';

export type HttpFunctionName = (typeof httpRoutes)[number]['function'];

/** One success status an operation answers, and the schema of its JSON body. */
export interface SuccessResponse {
  readonly status: number;
  readonly description: string;
  readonly schema: z.ZodType;
  /** The route (path template of a GET in the routing table) its `Location` header names; set when the handler sends one. */
  readonly location?: string;
  /** When the handler sends `Retry-After` with it (seconds until it is worth asking again). */
  readonly retryAfter?: string;
}

export interface OperationContract {
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The body may also be sent as `text/csv` (the handler's `csv` option): what its columns are. */
  readonly csv?: { readonly description: string };
  /** The usual success. */
  readonly success: SuccessResponse;
  /** Other success statuses the operation answers (a repeat, an asynchronous acceptance). */
  readonly alsoSucceeds?: readonly SuccessResponse[];
  /**
   * Error statuses the operation's own rules answer (all problem+json). Those the HTTP stack and
   * the gateway answer (401, 403, 429, 400/413/415/422 for a body, 404 for path parameters,
   * 409/422 for an Idempotency-Key, 500, 503) are derived from the route in openapi.ts.
   */
  readonly problems: readonly number[];
}

const UPLOAD_CSV = {
  description:
    'CSV (UTF-8): a header row naming the columns of a `rows` item, then one row per item; empty cells are left out, ' +
    'number columns read as numbers. Errors name the data row (1 = the first row after the header) and column.',
} as const;

const absenceFiguresUpload = (who: string) =>
  ({
    success: { status: 201, description: `Stored; ${who}target statuses follow asynchronously`, schema: UploadReceipt },
    alsoSucceeds: [
      { status: 200, description: 'A repeat of content received in the last 24 hours: its receipt with duplicate=true (nothing written again)', schema: UploadReceipt },
      {
        status: 202,
        description: 'More rows than ASYNC_UPLOAD_ROWS: accepted asynchronously; poll the Location (an AbsenceUpload)',
        schema: AbsenceUpload,
        location: '/absence-uploads/{id}',
      },
    ],
  }) as const;

export const apiContract = {
  submitApplication: {
    body: SubmitApplicationRequest,
    success: { status: 201, description: 'Stored and submitted; a receipt email follows asynchronously', schema: Application, location: '/applications/{id}' },
    problems: [409],
  },
  saveApplicationDraft: {
    body: ApplicationDraftRequest,
    success: { status: 201, description: 'The draft (it holds the municipality’s one application in the cohort)', schema: Application, location: '/applications/{id}' },
    problems: [409],
  },
  updateApplicationDraft: {
    params: ApplicationIdParams,
    body: UpdateApplicationDraftRequest,
    success: { status: 200, description: 'The changed draft', schema: Application },
    problems: [404, 409],
  },
  submitApplicationDraft: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'Submitted; a receipt email follows asynchronously', schema: Application },
    problems: [404, 409, 422],
  },
  withdrawApplication: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'Withdrawn', schema: Application },
    problems: [404, 409],
  },
  decideApplication: {
    params: ApplicationIdParams,
    body: DecisionRequest,
    success: { status: 200, description: 'Decided; admission makes the municipality a participant; a letter follows', schema: Application },
    problems: [404, 409],
  },
  listApplications: {
    query: ListApplicationsQuery,
    success: { status: 200, description: 'Applications with counts per status', schema: ApplicationList },
    problems: [422],
  },
  getApplication: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'The application', schema: Application },
    problems: [404],
  },
  listMunicipalities: {
    query: ListMunicipalitiesQuery,
    success: { status: 200, description: 'The register', schema: MunicipalityList },
    problems: [422],
  },
  getMunicipality: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Profile and participation history', schema: MunicipalityDetails },
    problems: [404],
  },
  updateMunicipality: {
    params: MunicipalityParams,
    body: UpdateMunicipalityRequest,
    success: { status: 200, description: 'The updated profile', schema: MunicipalityProfile },
    problems: [404],
  },
  createCohort: {
    body: CreateCohortRequest,
    success: { status: 201, description: 'The cohort, as a draft', schema: Cohort, location: '/cohorts/{cohortId}' },
    problems: [],
  },
  listCohorts: {
    success: { status: 200, description: 'All cohorts', schema: CohortList },
    problems: [],
  },
  getCohort: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort and its calendar', schema: Cohort },
    problems: [404],
  },
  changeCohortStatus: {
    params: CohortParams,
    body: CohortTransitionRequest,
    success: { status: 200, description: 'The cohort in its new status', schema: Cohort.omit({ gatherings: true }) },
    problems: [404, 409],
  },
  scheduleGathering: {
    params: CohortParams,
    body: GatheringRequest,
    success: { status: 201, description: 'The gathering; participants are told', schema: Gathering, location: '/cohorts/{cohortId}/gatherings/{gatheringId}' },
    problems: [404, 409],
  },
  getGathering: {
    params: GatheringParams,
    success: { status: 200, description: 'The gathering', schema: Gathering },
    problems: [404],
  },
  changeGathering: {
    params: GatheringParams,
    body: GatheringRequest,
    success: { status: 200, description: 'The changed gathering; participants are told what changed', schema: Gathering },
    problems: [404, 409],
  },
  formNetwork: {
    params: CohortParams,
    body: FormNetworkRequest,
    success: { status: 201, description: 'The network; its project leaders and advisor are told', schema: Network, location: '/cohorts/{cohortId}/networks/{networkId}' },
    problems: [404, 409],
  },
  listNetworks: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort’s networks', schema: NetworkList },
    problems: [404],
  },
  getNetwork: {
    params: NetworkParams,
    success: { status: 200, description: 'The network with its advisor and members', schema: Network },
    problems: [404],
  },
  assignToNetwork: {
    params: NetworkParams,
    body: AssignToNetworkRequest,
    success: { status: 200, description: 'The network with its new member', schema: Network },
    problems: [404, 409],
  },
  getOverview: {
    query: OverviewQuery,
    success: { status: 200, description: 'Participation against the goal', schema: Overview },
    problems: [422],
  },
  uploadAbsenceFigures: {
    params: MunicipalityParams,
    body: AbsenceUploadRequest,
    csv: UPLOAD_CSV,
    ...absenceFiguresUpload('the '),
    problems: [404, 409, 422],
  },
  uploadBulkAbsenceFigures: {
    body: BulkAbsenceUploadRequest,
    csv: UPLOAD_CSV,
    ...absenceFiguresUpload('the participants’ '),
    problems: [409, 422],
  },
  createAbsenceUpload: {
    params: MunicipalityParams,
    body: CreateAbsenceUploadRequest,
    success: { status: 202, description: 'The upload (received) and a presigned PUT for the file', schema: AbsenceUploadTicket, location: '/absence-uploads/{id}' },
    problems: [404],
  },
  createBulkAbsenceUpload: {
    body: CreateAbsenceUploadRequest,
    success: { status: 202, description: 'The upload (received) and a presigned PUT for the bulk file', schema: AbsenceUploadTicket, location: '/absence-uploads/{id}' },
    problems: [],
  },
  getAbsenceUpload: {
    params: AbsenceUploadParams,
    success: {
      status: 200,
      description: 'The upload: its status, and the receipt (committed) or the problem with row/column errors (rejected)',
      schema: AbsenceUpload,
      retryAfter: 'While the upload is received or validating (not yet done)',
    },
    problems: [404],
  },
  getAbsenceFigures: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Figures, quarterly series and target status', schema: AbsenceSeries },
    problems: [404],
  },
  listTargetStatuses: {
    success: { status: 200, description: 'Statuses with counts', schema: TargetStatusOverview },
    problems: [],
  },
  getAbsenceComparison: {
    query: AbsenceComparisonQuery,
    success: { status: 200, description: 'Per quarter: participants, non-participants, difference in points', schema: AbsenceComparison },
    problems: [422],
  },
  setReportPlan: {
    params: CohortParams,
    body: ReportPlanRequest,
    success: { status: 200, description: 'The cohort with its plan', schema: Cohort.omit({ gatherings: true }) },
    problems: [404, 409],
  },
  listReports: {
    query: ListReportsQuery,
    success: { status: 200, description: 'Reports with counts per status', schema: ReportList },
    problems: [422],
  },
  getReport: {
    params: ReportParams,
    success: { status: 200, description: 'The report', schema: Report },
    problems: [404],
  },
  submitReport: {
    params: ReportParams,
    body: ReportSubmission,
    success: { status: 200, description: 'Submitted', schema: Report },
    problems: [404, 409],
  },
  reviewReport: {
    params: ReportParams,
    body: ReviewRequest,
    success: { status: 200, description: 'Accepted or returned; the project leader is told', schema: Report },
    problems: [404, 409],
  },
  moveReportDueDate: {
    params: ReportParams,
    body: MoveDueDateRequest,
    success: { status: 200, description: 'The report with its new due date', schema: Report },
    problems: [404, 409],
  },
  catchUpReportReminders: {
    params: CohortParams,
    body: CatchUpRequest,
    success: { status: 200, description: 'What the catch-up did (or, dryRun, would do): held reports found, caught up, letters queued, remaining', schema: CatchUpSummary },
    problems: [404, 409],
  },
  listNotifications: {
    query: ListNotificationsQuery,
    success: { status: 200, description: 'Notifications in that status, oldest change first', schema: NotificationList },
    problems: [422],
  },
  retryNotification: {
    params: NotificationParams,
    success: { status: 202, description: 'Queued again', schema: Notification },
    problems: [404, 409],
  },
  confirmEmailAddress: {
    params: EmailConfirmationParams,
    success: { status: 200, description: 'The address is confirmed (a used code answers the same again)', schema: EmailConfirmation },
    problems: [404, 410, 422],
  },
  listDeadLetters: {
    success: { status: 200, description: 'Dead letters by function', schema: DeadLetterList },
    problems: [],
  },
  redriveDeadLetters: {
    params: DeadLetterParams,
    success: { status: 202, description: 'How many were sent back', schema: Redrive },
    problems: [404],
  },
  getOpenApiDocument: {
    success: { status: 200, description: 'OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()) },
    problems: [],
  },
} as const satisfies Record<HttpFunctionName, OperationContract>;
