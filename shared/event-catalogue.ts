/**
 * The event catalogue: every domain event this backend publishes, with its version and the
 * schema of its data. Producers write events through the outbox; consumers parse them with
 * the same schema. README's event catalogue is generated from this list.
 */
import * as z from 'zod';
import { defineEvent, envelopeOf, parseWith, type Envelope, type EventDefinition } from './platform/events/envelope.ts';
import { Contact, IsoDate, IsoDateTime, MunicipalityNumber, WrittenStandard } from './platform/contract/common.ts';
import { FocusArea, SickLeaveTarget } from './applications/contract.ts';
import { MANDATORY_ELEMENTS, RECOMMENDATIONS } from './applications/assessment-model.ts';
import { Gathering } from './gatherings/contract.ts';
import { GATHERING_CHANGES } from './gatherings/model.ts';
import { NetworkMember } from './networks/contract.ts';
import { PersonRole } from './people/contract.ts';
import { TargetAssessmentView } from './target-status/contract.ts';

/** Built where an event's data is built (on first use), not when the catalogue loads. */
const cohortRef = () => ({ cohortId: z.string(), cohortName: z.string() });

const cohortStatusData = () =>
  z.object({
    ...cohortRef(),
    status: z.string(),
    applicationWindow: z.object({ opensOn: IsoDate, closesOn: IsoDate }),
    startDate: IsoDate,
    endDate: IsoDate,
    changedAt: IsoDateTime,
  });

/** A step of the reminder ladder reached for a report: ReportDue and ReportOverdue carry the same. */
const reminderStepData = () =>
  z.object({
    reportId: z.string(),
    dueDate: IsoDate,
    stepId: z.string(),
    daysFromDue: z.number().int().meta({ description: 'The step’s place on the ladder; the letter is worded by the real distance from dueDate to sweptOn' }),
    notify: z.array(z.string()),
    sweptOn: IsoDate.meta({ description: 'The day the letter is sent for (the sweep’s day, or a catch-up’s)' }),
  });

/** A review's outcome: ReportAccepted and ReportReturned carry the same. */
const reviewData = () => z.object({ reportId: z.string(), comment: z.string(), by: z.string() });

const networkComposition = () => ({
  ...cohortRef(),
  networkId: z.string(),
  networkName: z.string(),
  advisor: Contact,
  members: z.array(NetworkMember),
});

export const ApplicationSubmitted = /* @__PURE__ */ defineEvent('ApplicationSubmitted', 1, 'A municipality submitted an application to join the programme.', () =>
  z.object({
    applicationId: z.string(),
    cohortId: z.string(),
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    writtenStandard: WrittenStandard,
    submittedAt: IsoDateTime,
    projectLeader: Contact,
    focusAreas: z.array(FocusArea),
  }),
);

export const ApplicationWithdrawn = /* @__PURE__ */ defineEvent('ApplicationWithdrawn', 1, 'A municipality withdrew its application before the decision.', () =>
  z.object({ applicationId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, municipalityName: z.string(), withdrawnAt: IsoDateTime }),
);

export const ApplicationDecided = /* @__PURE__ */ defineEvent('ApplicationDecided', 1, 'The secretariat recorded the steering group’s decision: admitted or rejected, with the reason.', () =>
  z.object({
    applicationId: z.string(),
    ...cohortRef(),
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    writtenStandard: WrittenStandard,
    outcome: z.enum(['admitted', 'rejected']),
    reason: z.string(),
    decidedAt: IsoDateTime,
    projectLeader: Contact,
  }),
);

export const MunicipalityAdmitted = /* @__PURE__ */ defineEvent('MunicipalityAdmitted', 1, 'A municipality became a participant of a cohort, with the target and goals it committed to.', () =>
  z.object({
    ...cohortRef(),
    applicationId: z.string(),
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    admittedOn: IsoDate,
    sickLeaveTarget: SickLeaveTarget,
    goals: z.array(z.string()),
    /** Set when the municipality was admitted as a member of a joint project (one application of several municipalities). */
    jointProject: z.object({ id: z.string(), name: z.string() }).optional(),
  }),
);

export const ApplicationAssessed = /* @__PURE__ */ defineEvent('ApplicationAssessed', 1, 'The secretariat assessed a submitted application against the mandatory elements and recommended admission or rejection to the steering group.', () =>
  z.object({
    applicationId: z.string(),
    cohortId: z.string(),
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    recommendation: z.enum(RECOMMENDATIONS),
    elementsNotMet: z.array(z.enum(MANDATORY_ELEMENTS)),
    assessedBy: z.string(),
    assessedAt: IsoDateTime,
    version: z.number().int(),
  }),
);

export const JointApplicationSubmitted = /* @__PURE__ */ defineEvent('JointApplicationSubmitted', 1, 'Two or more municipalities applied together as one project (POST /joint-applications); each member’s application has its own ApplicationSubmitted, written in the same transaction, and is decided on its own.', () =>
  z.object({
    jointApplicationId: z.string(),
    cohortId: z.string(),
    name: z.string(),
    projectLeader: Contact.extend({ municipalityNumber: MunicipalityNumber }),
    members: z.array(z.object({ municipalityNumber: MunicipalityNumber, municipalityName: z.string(), applicationId: z.string() })),
    submittedAt: IsoDateTime,
  }),
);

export const SteeringGroupMeetingHeld = /* @__PURE__ */ defineEvent('SteeringGroupMeetingHeld', 1, 'The steering group decided a list of a cohort’s applications at one meeting; each decision has its own ApplicationDecided (and MunicipalityAdmitted), written in the same transaction.', () =>
  z.object({
    meetingId: z.string(),
    ...cohortRef(),
    meetingDate: IsoDate,
    decisions: z.array(z.object({ applicationId: z.string(), municipalityNumber: MunicipalityNumber, outcome: z.enum(['admitted', 'rejected']), followsRecommendation: z.boolean().optional() })),
    recordedBy: z.string(),
    recordedAt: IsoDateTime,
  }),
);

export const CohortOpened = /* @__PURE__ */ defineEvent('CohortOpened', 1, 'A cohort opened for applications; municipalities not yet participating are invited.', cohortStatusData);

export const CohortClosed = /* @__PURE__ */ defineEvent('CohortClosed', 1, 'A cohort closed for applications.', cohortStatusData);

export const ApplicationWindowClosing = /* @__PURE__ */ defineEvent('ApplicationWindowClosing', 1, 'An open cohort’s application window closes in a configured number of days (shared/applications/application-nudges.json): a municipality with a draft, or invited and not applied, is nudged in its written standard; once per municipality, cohort and step.', () =>
  z.object({
    ...cohortRef(),
    closesOn: IsoDate,
    municipalityNumber: MunicipalityNumber,
    reason: z.enum(['draft', 'invited']).meta({ description: 'draft: it has a draft in the cohort; invited: it was invited and has not applied' }),
    daysBefore: z.number().int().meta({ description: 'The step: days before closesOn' }),
    dueOn: IsoDate.meta({ description: 'The step’s own day (closesOn − daysBefore)' }),
    sentFor: IsoDate.meta({ description: 'The day of the run that sent it (a late run: after dueOn)' }),
  }),
);

export const CohortStarted = /* @__PURE__ */ defineEvent('CohortStarted', 1, 'A cohort’s local projects started.', cohortStatusData);

export const CohortCompleted = /* @__PURE__ */ defineEvent('CohortCompleted', 1, 'A cohort completed.', cohortStatusData);

/** Who hosts a gathering, by name: the cohorts (a network's gathering names its network and that network's cohort). */
const gatheringHosts = () => ({
  cohorts: z.array(z.object(cohortRef())),
  network: z.object({ networkId: z.string(), networkName: z.string() }).optional(),
});

export const GatheringScheduled = /* @__PURE__ */ defineEvent('GatheringScheduled', 2, 'A gathering was scheduled for one or more cohorts or a network; the municipalities in its audience are told. (v2: several days or a month, sessions, hosts, audience, venue, capacity.)', () =>
  z.object({ ...gatheringHosts(), gathering: Gathering }),
);

export const GatheringChanged = /* @__PURE__ */ defineEvent('GatheringChanged', 2, 'A gathering changed (its SEQUENCE grew); the municipalities in its audience are told what changed, `days-fixed` when a month-only gathering got its days.', () =>
  z.object({ ...gatheringHosts(), gathering: Gathering, previous: Gathering, changes: z.array(z.enum(GATHERING_CHANGES)).min(1) }),
);

export const GatheringCancelled = /* @__PURE__ */ defineEvent('GatheringCancelled', 1, 'A gathering was cancelled (kept, with STATUS:CANCELLED in the calendar feeds); the municipalities in its audience are told.', () =>
  z.object({ ...gatheringHosts(), gathering: Gathering, reason: z.string() }),
);

export const NetworkFormed = /* @__PURE__ */ defineEvent('NetworkFormed', 1, 'The secretariat formed a network in a cohort, with its advisor and first members.', () =>
  z.object(networkComposition()),
);

export const MunicipalityAssignedToNetwork = /* @__PURE__ */ defineEvent('MunicipalityAssignedToNetwork', 1, 'A participant was placed in a network; the network’s project leaders are told who is in it.', () =>
  z.object({ ...networkComposition(), municipalityNumber: MunicipalityNumber, municipalityName: z.string() }),
);

export const AbsenceFiguresUploaded = /* @__PURE__ */ defineEvent('AbsenceFiguresUploaded', 1, 'Sick-leave figures were accepted (a municipality’s upload or a secretariat bulk file); target statuses are recomputed.', () =>
  z.object({
    uploadId: z.string(),
    receivedAt: IsoDateTime,
    uploadedBy: z.string(),
    rows: z.number().int(),
    municipalities: z.array(MunicipalityNumber),
    quarters: z.array(z.string()),
  }),
);

export const AbsenceUploadCommitted = /* @__PURE__ */ defineEvent('AbsenceUploadCommitted', 1, 'An asynchronous upload (a large file through S3) was checked and its figures committed; the uploader is told. AbsenceFiguresUploaded announces the figures.', () =>
  z.object({
    uploadId: z.string(),
    scope: z.enum(['municipality', 'bulk']),
    municipalityNumber: MunicipalityNumber.optional(),
    uploadedBy: z.string(),
    figuresUploadId: z.string(),
    rows: z.number().int(),
    municipalities: z.number().int(),
    quarters: z.array(z.string()),
    duplicate: z.boolean(),
  }),
);

export const AbsenceUploadRejected = /* @__PURE__ */ defineEvent('AbsenceUploadRejected', 1, 'An asynchronous upload was rejected (invalid rows or columns, too large, unreadable); nothing was stored; the uploader is told.', () =>
  z.object({
    uploadId: z.string(),
    scope: z.enum(['municipality', 'bulk']),
    municipalityNumber: MunicipalityNumber.optional(),
    uploadedBy: z.string(),
    problemType: z.string(),
    detail: z.string(),
    errors: z.number().int().meta({ description: 'How many row/column errors are listed on the upload resource' }),
  }),
);

export const TargetStatusChanged = /* @__PURE__ */ defineEvent('TargetStatusChanged', 1, 'A participant’s target status changed; the project leader (and for off-track the network’s advisor) is told.', () =>
  z.object({
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    writtenStandard: WrittenStandard,
    ...cohortRef(),
    previousStatus: z.string().nullable(),
    assessment: TargetAssessmentView,
    projectLeader: Contact,
    advisor: Contact.nullable(),
  }),
);

export const ReportDue = /* @__PURE__ */ defineEvent('ReportDue', 1, 'A report’s reminder letter is due, on or before its due date: the latest ladder step that has come (at most one letter per report and sweep; the steps passed over are recorded as skipped).', reminderStepData);

export const ReportOverdue = /* @__PURE__ */ defineEvent('ReportOverdue', 1, 'A report’s reminder letter is due after its due date (a sweep’s latest step, or a catch-up the secretariat started); the last steps escalate to the advisor and the secretariat.', reminderStepData);

export const ReportSubmitted = /* @__PURE__ */ defineEvent('ReportSubmitted', 1, 'A municipality submitted a report; its reviewers (the network’s advisor and the secretariat) are told.', () =>
  z.object({ reportId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, type: z.string(), submittedAt: IsoDateTime }),
);

const signatoryRole = () => z.enum(['management', 'union-representative', 'elected-official']);
const signature = () => z.object({ role: signatoryRole(), personId: z.string(), name: z.string(), signedAt: IsoDateTime });

export const ReportAwaitingSignatures = /* @__PURE__ */ defineEvent('ReportAwaitingSignatures', 1, 'A project plan or final evaluation was submitted and waits for the signatures of the municipality’s management, union representative and elected official (it counts as submitted, ReportSubmitted, on the third).', () =>
  z.object({ reportId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, type: z.string(), submittedAt: IsoDateTime, missingRoles: z.array(signatoryRole()) }),
);

export const ReportSigned = /* @__PURE__ */ defineEvent('ReportSigned', 1, 'One of the three parties signed a report awaiting signatures; the third signature also submits it (ReportSubmitted in the same transaction).', () =>
  z.object({ reportId: z.string(), municipalityNumber: MunicipalityNumber, ...signature().shape, missingRoles: z.array(signatoryRole()) }),
);

export const ReportSignaturesVoided = /* @__PURE__ */ defineEvent('ReportSignaturesVoided', 1, 'A report awaiting signatures was changed after a signature: the signatures given are void, and all three parties sign again.', () =>
  z.object({ reportId: z.string(), municipalityNumber: MunicipalityNumber, voided: z.array(signature()), reason: z.string() }),
);

export const ReportSignaturesMissing = /* @__PURE__ */ defineEvent('ReportSignaturesMissing', 1, 'The daily signature sweep found a report still missing signatures: the municipality’s people holding a missing role are reminded, at most once per report, person and day.', () =>
  z.object({ reportId: z.string(), municipalityNumber: MunicipalityNumber, missingRoles: z.array(signatoryRole()), sweptOn: IsoDate }),
);

export const ReportAccepted = /* @__PURE__ */ defineEvent('ReportAccepted', 1, 'The secretariat or an advisor accepted a report; the project leader is told.', reviewData);

export const ReportReturned = /* @__PURE__ */ defineEvent('ReportReturned', 1, 'The secretariat or an advisor returned a report for changes; the project leader is told why.', reviewData);

export const AbsenceFiguresReminderDue = /* @__PURE__ */ defineEvent('AbsenceFiguresReminderDue', 1, 'A participant has no committed figures for a quarter on the day of a reminder step (first or second): its figures uploaders and project leaders are reminded, once per municipality, quarter and step.', () =>
  z.object({ municipalityNumber: MunicipalityNumber, quarter: z.string(), step: z.enum(['first', 'second']), dueOn: IsoDate, sentFor: IsoDate.meta({ description: 'The day of the run that sent it (a late run: after dueOn)' }) }),
);

export const AbsenceFiguresMissing = /* @__PURE__ */ defineEvent('AbsenceFiguresMissing', 1, 'The participants without figures for a quarter when a reminder step went out: the secretariat gets the list, once per quarter and step.', () =>
  z.object({ quarter: z.string(), step: z.enum(['first', 'second']), sentFor: IsoDate, municipalities: z.array(z.object({ municipalityNumber: MunicipalityNumber, municipalityName: z.string() })) }),
);

const registrationRef = () => ({
  gatheringId: z.string(),
  registrationId: z.string(),
  municipalityNumber: MunicipalityNumber,
  sessionId: z.string().optional(),
});

export const GatheringRegistrationMade = /* @__PURE__ */ defineEvent('GatheringRegistrationMade', 1, 'A municipality signed an attendee up for a gathering: on a seat (registered), or beyond a capacity on the waiting list (waitlisted, with its position).', () =>
  z.object({ ...registrationRef(), status: z.enum(['registered', 'waitlisted']), position: z.number().int().min(1).optional() }),
);

export const GatheringRegistrationCancelled = /* @__PURE__ */ defineEvent('GatheringRegistrationCancelled', 1, 'A registration for a gathering was cancelled (by its municipality before the deadline, or by the secretariat); when it held a seat, the first waitlisted registration that fits moves up.', () =>
  z.object({ ...registrationRef(), freedSeat: z.boolean().meta({ description: 'It held a seat (was registered, not waitlisted)' }) }),
);

export const GatheringRegistrationMovedUp = /* @__PURE__ */ defineEvent('GatheringRegistrationMovedUp', 1, 'A waitlisted registration took a freed seat; the attendee and the municipality’s project leader are told.', () =>
  z.object({ ...registrationRef(), position: z.number().int().min(1).meta({ description: 'Its place on the waiting list before it moved up' }) }),
);

export const GatheringAttendanceRecorded = /* @__PURE__ */ defineEvent('GatheringAttendanceRecorded', 1, 'The secretariat recorded who attended a gathering (attended or absent per registration, and walk-ins); the overview counts the municipalities that missed it.', () =>
  z.object({ gatheringId: z.string(), attendedBy: z.array(MunicipalityNumber), recorded: z.number().int().min(0) }),
);

export const GatheringReminderDue = /* @__PURE__ */ defineEvent('GatheringReminderDue', 1, 'A registered attendee is reminded of a gathering a configured number of days before its first day, once per registration and step.', () =>
  z.object({ ...registrationRef(), daysBefore: z.number().int().min(1), firstDay: IsoDate, sentFor: IsoDate }),
);

export const NotificationQueued = /* @__PURE__ */ defineEvent('NotificationQueued', 1, 'An email was stored as a notification and waits for delivery (SES in AWS, an .eml file locally).', () =>
  z.object({ notificationId: z.string(), template: z.string() }),
);

export const EmailAddressTyped = /* @__PURE__ */ defineEvent('EmailAddressTyped', 1, 'A municipality entered an email address (a project leader, its contact address); unless trusted already, the owner is asked to confirm it.', () =>
  z.object({ address: z.string(), municipalityNumber: MunicipalityNumber, typedIn: z.enum(['application', 'municipality-profile']) }),
);

export const EmailAddressConfirmed = /* @__PURE__ */ defineEvent('EmailAddressConfirmed', 1, 'The owner of a typed email address confirmed it; the notifications held for it are delivered.', () =>
  z.object({ address: z.string(), confirmedAt: IsoDateTime }),
);

const personRef = () => ({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  organisation: z.string().meta({ description: '`secretariat`, or the municipality’s number' }),
  roles: z.array(PersonRole),
});

export const PersonInvited = /* @__PURE__ */ defineEvent('PersonInvited', 1, 'A person was invited to the programme (by the secretariat, a municipality’s project leader, or with an admitted application); the login is created and the invitation sent.', () =>
  z.object({ ...personRef(), invitedBy: z.string(), inviterName: z.string().optional(), invitedAt: IsoDateTime }),
);

export const PersonRolesChanged = /* @__PURE__ */ defineEvent('PersonRolesChanged', 1, 'A person’s name or roles changed; the login has the new roles from the next request on.', () =>
  z.object({ ...personRef(), previousRoles: z.array(PersonRole), changedBy: z.string(), changedAt: IsoDateTime }),
);

export const PersonDeactivated = /* @__PURE__ */ defineEvent('PersonDeactivated', 1, 'A person was deactivated: its tokens are refused from the next request on, and its Cognito user is disabled and signed out.', () =>
  z.object({ ...personRef(), subject: z.string().optional(), deactivatedBy: z.string(), deactivatedAt: IsoDateTime }),
);

const webhookRef = () => ({ registrationId: z.string() });

export const WebhookRegistered = /* @__PURE__ */ defineEvent('WebhookRegistered', 1, 'A municipality (or the secretariat) registered a webhook endpoint; its delivery on the bus (an EventBridge connection, API destination and rule) is provisioned.', () =>
  z.object({
    ...webhookRef(),
    url: z.string(),
    municipalityNumber: MunicipalityNumber.nullable().meta({ description: 'The municipality whose events it receives; null: every municipality (the secretariat’s own systems)' }),
    eventTypes: z.array(z.string()),
    registeredAt: IsoDateTime,
  }),
);

export const WebhookDeleted = /* @__PURE__ */ defineEvent('WebhookDeleted', 1, 'A webhook registration was deleted; its connection, API destination and rule are removed.', () =>
  z.object({ ...webhookRef(), deletedAt: IsoDateTime }),
);

export const WebhookDeliveryRequested = /* @__PURE__ */ defineEvent('WebhookDeliveryRequested', 1, 'A signed webhook delivery for one registration: the registration’s own rule sends `payload` (InputPath) with the three Standard Webhooks headers to its endpoint (an EventBridge API destination), with retries and a dead-letter queue.', () =>
  z.object({
    ...webhookRef(),
    deliveryId: z.string(),
    headers: z.object({ webhookId: z.string(), webhookTimestamp: z.string(), webhookSignature: z.string() }),
    payload: z.record(z.string(), z.unknown()).meta({ description: 'The body as sent: its compact JSON text is the signed bytes (docs/webhooks.md)' }),
  }),
);

/** A project's place: the project, its cohort and members' municipalities. */
const projectRef = () => ({ projectId: z.string(), cohortId: z.string(), municipalityNumbers: z.array(MunicipalityNumber) });
const TrajectoryStatusWord = () => z.enum(['no-data', 'on-track', 'at-risk', 'off-track', 'achieved']);

export const ProjectMemberAdded = /* @__PURE__ */ defineEvent('ProjectMemberAdded', 1, 'An admitted municipality became a member of its local project (the project is created with its first member; a joint project’s other members join it).', () =>
  z.object({ ...projectRef(), municipalityNumber: MunicipalityNumber, municipalityName: z.string(), name: z.string() }),
);

export const SubProjectAdded = /* @__PURE__ */ defineEvent('SubProjectAdded', 1, 'A sub-project was added to a local project: a name, a focus area, a leader, maybe the member municipality it belongs to.', () =>
  z.object({ ...projectRef(), subProjectId: z.string(), name: z.string(), focusArea: z.string(), municipalityNumber: MunicipalityNumber.optional(), addedAt: IsoDateTime }),
);

export const SubProjectStatusReported = /* @__PURE__ */ defineEvent('SubProjectStatusReported', 1, 'A report gave a sub-project’s short status (on-track, delayed, at-risk, completed).', () =>
  z.object({ ...projectRef(), subProjectId: z.string(), reportId: z.string(), status: z.enum(['on-track', 'delayed', 'at-risk', 'completed']), note: z.string() }),
);

export const GoalAdded = /* @__PURE__ */ defineEvent('GoalAdded', 1, 'A measurable own goal was added to a local project: a unit, a direction, a baseline and a target with their dates.', () =>
  z.object({
    ...projectRef(),
    goalId: z.string(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(['lower-is-better', 'higher-is-better']),
    baseline: z.object({ value: z.number(), date: IsoDate }),
    target: z.object({ value: z.number(), date: IsoDate }),
    subProjectId: z.string().optional(),
  }),
);

export const GoalValueReported = /* @__PURE__ */ defineEvent('GoalValueReported', 1, 'A value of a goal was reported (on its own, or in a report), with who reported it.', () =>
  z.object({ ...projectRef(), goalId: z.string(), value: z.number(), measuredOn: IsoDate, reportId: z.string().optional(), reportedBy: z.string(), reportedAt: IsoDateTime, status: TrajectoryStatusWord() }),
);

export const GoalStatusChanged = /* @__PURE__ */ defineEvent('GoalStatusChanged', 1, 'A goal’s status by the trajectory rule changed with a value reported.', () =>
  z.object({ ...projectRef(), goalId: z.string(), previous: TrajectoryStatusWord(), status: TrajectoryStatusWord(), expected: z.number().optional(), latest: z.object({ value: z.number(), measuredOn: IsoDate }) }),
);

/** A grant's place: the cohort, the municipality, the budget year and line. */
const grantRef = () => ({ grantId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, year: z.number().int(), line: z.string() });

export const GrantApplied = /* @__PURE__ */ defineEvent('GrantApplied', 1, 'A participant applied for a grant of stimulus funds: a purpose and an amount in øre.', () =>
  z.object({ ...grantRef(), purpose: z.string(), amountRequested: z.number().int(), appliedAt: IsoDateTime }),
);

export const GrantDecided = /* @__PURE__ */ defineEvent('GrantDecided', 1, 'The secretariat decided a grant (granted ≤ requested, 0 declines), counted against its budget line in the same transaction; the project leader gets the letter.', () =>
  z.object({ ...grantRef(), amountRequested: z.number().int(), granted: z.number().int(), comment: z.string(), decidedAt: IsoDateTime, by: z.string() }),
);

export const GrantPaid = /* @__PURE__ */ defineEvent('GrantPaid', 1, 'A payment of a grant was recorded (all payments together never exceed what was granted).', () =>
  z.object({ ...grantRef(), amount: z.number().int(), paidOn: IsoDate, paidAmount: z.number().int(), granted: z.number().int() }),
);

export const GrantAccounted = /* @__PURE__ */ defineEvent('GrantAccounted', 1, 'The municipality accounted for its use of a grant (what it spent, and how; the report it belongs to).', () =>
  z.object({ ...grantRef(), spentAmount: z.number().int(), reportId: z.string().optional(), accountedAt: IsoDateTime }),
);

/** Every domain event, by type. */
export const eventCatalogue = {
  ApplicationSubmitted,
  ApplicationWithdrawn,
  ApplicationDecided,
  MunicipalityAdmitted,
  ApplicationAssessed,
  JointApplicationSubmitted,
  SteeringGroupMeetingHeld,
  CohortOpened,
  CohortClosed,
  ApplicationWindowClosing,
  CohortStarted,
  CohortCompleted,
  GatheringScheduled,
  GatheringChanged,
  GatheringCancelled,
  NetworkFormed,
  MunicipalityAssignedToNetwork,
  AbsenceFiguresUploaded,
  AbsenceUploadCommitted,
  AbsenceUploadRejected,
  TargetStatusChanged,
  AbsenceFiguresReminderDue,
  AbsenceFiguresMissing,
  GatheringRegistrationMade,
  GatheringRegistrationCancelled,
  GatheringRegistrationMovedUp,
  GatheringAttendanceRecorded,
  GatheringReminderDue,
  ReportDue,
  ReportOverdue,
  ReportSubmitted,
  ReportAwaitingSignatures,
  ReportSigned,
  ReportSignaturesVoided,
  ReportSignaturesMissing,
  ReportAccepted,
  ReportReturned,
  ProjectMemberAdded,
  SubProjectAdded,
  SubProjectStatusReported,
  GoalAdded,
  GoalValueReported,
  GoalStatusChanged,
  GrantApplied,
  GrantDecided,
  GrantPaid,
  GrantAccounted,
  NotificationQueued,
  EmailAddressTyped,
  EmailAddressConfirmed,
  PersonInvited,
  PersonRolesChanged,
  PersonDeactivated,
  WebhookRegistered,
  WebhookDeleted,
  WebhookDeliveryRequested,
} as const;

export type EventType = keyof typeof eventCatalogue;
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['data']>;
export { EventMetadata, type EventDefinition } from './platform/events/envelope.ts';

/** What EventBridge carries as `detail` for an event of the catalogue: metadata plus the event's data. */
export type EventEnvelope<T extends EventType = EventType> = T extends EventType ? Envelope<T, EventData<T>> : never;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventCatalogue, value);
}

/** Validates an envelope against the catalogue; throws a ZodError naming what is wrong. */
export function parseEnvelope<T extends EventType>(eventType: T, detail: unknown): EventEnvelope<T> {
  return parseWith(eventCatalogue[eventType], detail) as unknown as EventEnvelope<T>;
}

/** Builds a versioned envelope of a catalogue event; the data is validated so a producer can never emit a bad event. */
export function newEvent<T extends EventType>(
  eventType: T,
  data: EventData<T>,
  context: { readonly correlationId: string; readonly now: Date; readonly eventId?: string },
): EventEnvelope<T> {
  return envelopeOf(eventCatalogue[eventType] as EventDefinition, data, context) as unknown as EventEnvelope<T>;
}
