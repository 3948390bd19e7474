/**
 * What each HTTP function accepts and answers. Together with the routing table (method, path,
 * access) this is the whole API contract; shared/contracts/openapi.ts renders it as OpenAPI.
 * The type requires an entry for every routed function.
 */
import * as z from 'zod';
import type { httpRoutes } from '../routing.ts';
import {
  Application,
  ApplicationDraftRequest,
  ApplicationIdParams,
  ApplicationList,
  DecisionRequest,
  ListApplicationsQuery,
  SubmitApplicationRequest,
  UpdateApplicationDraftRequest,
} from './applications.ts';
import { Cohort, CohortList, CohortParams, CohortTransitionRequest, CreateCohortRequest, Gathering, GatheringParams, GatheringRequest } from './cohorts.ts';
import { ListMunicipalitiesQuery, MunicipalityDetails, MunicipalityList, MunicipalityParams, MunicipalityProfile, UpdateMunicipalityRequest } from './municipalities.ts';
import { AssignToNetworkRequest, FormNetworkRequest, Network, NetworkList, NetworkParams } from './networks.ts';
import { Overview, OverviewQuery } from './overview.ts';
import { CatchUpRequest, CatchUpSummary, ListReportsQuery, MoveDueDateRequest, Report, ReportList, ReportParams, ReportPlanRequest, ReportSubmission, ReviewRequest } from './reports.ts';
import { DeadLetterList, DeadLetterParams, Redrive } from './dead-letters.ts';
import { ListNotificationsQuery, Notification, NotificationList, NotificationParams } from './notifications.ts';
import { EmailConfirmation, EmailConfirmationParams } from './email-confirmations.ts';
import {
  AbsenceComparison,
  AbsenceComparisonQuery,
  AbsenceSeries,
  AbsenceUploadRequest,
  BulkAbsenceUploadRequest,
  TargetStatusOverview,
  UploadReceipt,
} from './absence.ts';
import { AbsenceUpload, AbsenceUploadParams, AbsenceUploadTicket, CreateAbsenceUploadRequest } from './absence-uploads.ts';

export type HttpFunctionName = (typeof httpRoutes)[number]['function'];

export interface OperationContract {
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Success status and the schema of its JSON body. */
  readonly success: { readonly status: number; readonly description: string; readonly schema: z.ZodType };
  /** Error statuses the operation documents (all problem+json). */
  readonly problems: readonly number[];
}

const READ = [401, 403, 503] as const;
const WRITE = [400, 401, 403, 413, 415, 422, 503] as const;

export const apiContract = {
  submitApplication: {
    body: SubmitApplicationRequest,
    success: { status: 201, description: 'Stored and submitted; a receipt email follows asynchronously', schema: Application },
    problems: [...WRITE, 409],
  },
  saveApplicationDraft: {
    body: ApplicationDraftRequest,
    success: { status: 201, description: 'The draft (it holds the municipality’s one application in the cohort)', schema: Application },
    problems: [...WRITE, 409],
  },
  updateApplicationDraft: {
    params: ApplicationIdParams,
    body: UpdateApplicationDraftRequest,
    success: { status: 200, description: 'The changed draft', schema: Application },
    problems: [...WRITE, 404, 409],
  },
  submitApplicationDraft: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'Submitted; a receipt email follows asynchronously', schema: Application },
    problems: [401, 403, 404, 409, 422, 503],
  },
  withdrawApplication: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'Withdrawn', schema: Application },
    problems: [401, 403, 404, 409, 503],
  },
  decideApplication: {
    params: ApplicationIdParams,
    body: DecisionRequest,
    success: { status: 200, description: 'Decided; admission makes the municipality a participant; a letter follows', schema: Application },
    problems: [...WRITE, 404, 409],
  },
  listApplications: {
    query: ListApplicationsQuery,
    success: { status: 200, description: 'Applications with counts per status', schema: ApplicationList },
    problems: [...READ, 422],
  },
  getApplication: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'The application', schema: Application },
    problems: [...READ, 404],
  },
  listMunicipalities: {
    query: ListMunicipalitiesQuery,
    success: { status: 200, description: 'The register', schema: MunicipalityList },
    problems: [...READ, 422],
  },
  getMunicipality: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Profile and participation history', schema: MunicipalityDetails },
    problems: [...READ, 404],
  },
  updateMunicipality: {
    params: MunicipalityParams,
    body: UpdateMunicipalityRequest,
    success: { status: 200, description: 'The updated profile', schema: MunicipalityProfile },
    problems: [...WRITE, 404],
  },
  createCohort: {
    body: CreateCohortRequest,
    success: { status: 201, description: 'The cohort, as a draft', schema: Cohort },
    problems: WRITE,
  },
  listCohorts: {
    success: { status: 200, description: 'All cohorts', schema: CohortList },
    problems: READ,
  },
  getCohort: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort and its calendar', schema: Cohort },
    problems: [...READ, 404],
  },
  changeCohortStatus: {
    params: CohortParams,
    body: CohortTransitionRequest,
    success: { status: 200, description: 'The cohort in its new status', schema: Cohort.omit({ gatherings: true }) },
    problems: [...WRITE, 404, 409],
  },
  scheduleGathering: {
    params: CohortParams,
    body: GatheringRequest,
    success: { status: 201, description: 'The gathering; participants are told', schema: Gathering },
    problems: [...WRITE, 404, 409],
  },
  changeGathering: {
    params: GatheringParams,
    body: GatheringRequest,
    success: { status: 200, description: 'The changed gathering; participants are told what changed', schema: Gathering },
    problems: [...WRITE, 404, 409],
  },
  formNetwork: {
    params: CohortParams,
    body: FormNetworkRequest,
    success: { status: 201, description: 'The network; its project leaders and advisor are told', schema: Network },
    problems: [...WRITE, 404, 409],
  },
  listNetworks: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort’s networks', schema: NetworkList },
    problems: [...READ, 404],
  },
  assignToNetwork: {
    params: NetworkParams,
    body: AssignToNetworkRequest,
    success: { status: 200, description: 'The network with its new member', schema: Network },
    problems: [...WRITE, 404, 409],
  },
  getOverview: {
    query: OverviewQuery,
    success: { status: 200, description: 'Participation against the goal', schema: Overview },
    problems: [...READ, 422],
  },
  uploadAbsenceFigures: {
    params: MunicipalityParams,
    body: AbsenceUploadRequest,
    success: { status: 201, description: 'Stored (200 with duplicate=true for a repeat); target status follows asynchronously. More rows than ASYNC_UPLOAD_ROWS: 202 with Location /absence-uploads/{id} (an AbsenceUpload), accepted asynchronously', schema: UploadReceipt },
    problems: [...WRITE, 404],
  },
  uploadBulkAbsenceFigures: {
    body: BulkAbsenceUploadRequest,
    success: { status: 201, description: 'Stored (200 with duplicate=true for a repeat). More rows than ASYNC_UPLOAD_ROWS: 202 with Location /absence-uploads/{id} (an AbsenceUpload), accepted asynchronously', schema: UploadReceipt },
    problems: WRITE,
  },
  createAbsenceUpload: {
    params: MunicipalityParams,
    body: CreateAbsenceUploadRequest,
    success: { status: 202, description: 'The upload (received) and a presigned PUT for the file; Location: /absence-uploads/{id}', schema: AbsenceUploadTicket },
    problems: [...WRITE, 404],
  },
  createBulkAbsenceUpload: {
    body: CreateAbsenceUploadRequest,
    success: { status: 202, description: 'The upload (received) and a presigned PUT for the bulk file; Location: /absence-uploads/{id}', schema: AbsenceUploadTicket },
    problems: WRITE,
  },
  getAbsenceUpload: {
    params: AbsenceUploadParams,
    success: { status: 200, description: 'The upload: its status, and the receipt (committed) or the problem with row/column errors (rejected)', schema: AbsenceUpload },
    problems: [...READ, 404],
  },
  getAbsenceFigures: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Figures, quarterly series and target status', schema: AbsenceSeries },
    problems: [...READ, 404],
  },
  listTargetStatuses: {
    success: { status: 200, description: 'Statuses with counts', schema: TargetStatusOverview },
    problems: READ,
  },
  getAbsenceComparison: {
    query: AbsenceComparisonQuery,
    success: { status: 200, description: 'Per quarter: participants, non-participants, difference in points', schema: AbsenceComparison },
    problems: [...READ, 422],
  },
  setReportPlan: {
    params: CohortParams,
    body: ReportPlanRequest,
    success: { status: 200, description: 'The cohort with its plan', schema: Cohort.omit({ gatherings: true }) },
    problems: [...WRITE, 404, 409],
  },
  listReports: {
    query: ListReportsQuery,
    success: { status: 200, description: 'Reports with counts per status', schema: ReportList },
    problems: [...READ, 422],
  },
  getReport: {
    params: ReportParams,
    success: { status: 200, description: 'The report', schema: Report },
    problems: [...READ, 404],
  },
  submitReport: {
    params: ReportParams,
    body: ReportSubmission,
    success: { status: 200, description: 'Submitted', schema: Report },
    problems: [...WRITE, 404, 409],
  },
  reviewReport: {
    params: ReportParams,
    body: ReviewRequest,
    success: { status: 200, description: 'Accepted or returned; the project leader is told', schema: Report },
    problems: [...WRITE, 404, 409],
  },
  moveReportDueDate: {
    params: ReportParams,
    body: MoveDueDateRequest,
    success: { status: 200, description: 'The report with its new due date', schema: Report },
    problems: [...WRITE, 404, 409],
  },
  catchUpReportReminders: {
    params: CohortParams,
    body: CatchUpRequest,
    success: { status: 200, description: 'What the catch-up did (or, dryRun, would do): held reports found, caught up, letters queued, remaining', schema: CatchUpSummary },
    problems: [...WRITE, 404, 409],
  },
  listNotifications: {
    query: ListNotificationsQuery,
    success: { status: 200, description: 'Notifications in that status, oldest change first', schema: NotificationList },
    problems: [...READ, 422],
  },
  retryNotification: {
    params: NotificationParams,
    success: { status: 202, description: 'Queued again', schema: Notification },
    problems: [...READ, 404, 409],
  },
  confirmEmailAddress: {
    params: EmailConfirmationParams,
    success: { status: 200, description: 'The address is confirmed (a used code answers the same again)', schema: EmailConfirmation },
    problems: [404, 410, 422, 503],
  },
  listDeadLetters: {
    success: { status: 200, description: 'Dead letters by function', schema: DeadLetterList },
    problems: READ,
  },
  redriveDeadLetters: {
    params: DeadLetterParams,
    success: { status: 202, description: 'How many were sent back', schema: Redrive },
    problems: [...READ, 404],
  },
  getOpenApiDocument: {
    success: { status: 200, description: 'OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()) },
    problems: [],
  },
} as const satisfies Record<HttpFunctionName, OperationContract>;
