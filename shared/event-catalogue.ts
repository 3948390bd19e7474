/**
 * The event catalogue: every domain event this backend publishes, with its version and the
 * schema of its data. Producers write events through the outbox; consumers parse them with
 * the same schema. README's event catalogue is generated from this list.
 */
import * as z from 'zod';
import { schema } from './platform/contract/schema.ts';
import { Contact, IsoDate, IsoDateTime, MunicipalityNumber, WrittenStandard } from './platform/contract/common.ts';
import { FocusArea, SickLeaveTarget } from './applications/contract.ts';
import { Gathering } from './cohorts/contract.ts';
import { NetworkMember } from './networks/contract.ts';
import { TargetAssessmentView } from './target-status/contract.ts';

const CohortRef = { cohortId: z.string(), cohortName: z.string() };

const cohortStatusData = () =>
  z.object({
    ...CohortRef,
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
  ...CohortRef,
  networkId: z.string(),
  networkName: z.string(),
  advisor: Contact,
  members: z.array(NetworkMember),
});

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  readonly version: number;
  readonly description: string;
  readonly data: S;
}

/**
 * One event's definition. Its data object is built on first use, not when the catalogue is
 * loaded: a function builds only the event objects it emits or handles. The building blocks
 * they refer to (Contact, Gathering, TargetAssessment…) are module-level schemas of other
 * contracts, still built at load in every function importing the catalogue (about 6 ms in the
 * heaviest functions, measured; see README, Performance).
 */
function defineEvent<S extends z.ZodType>(version: number, description: string, data: () => S): EventDefinition<S> {
  let schema: S | undefined;
  return {
    version,
    description,
    get data() {
      return (schema ??= data());
    },
  };
}

export const eventCatalogue = {
  ApplicationSubmitted: defineEvent(1, 'A municipality submitted an application to join the programme.', () =>
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
  ),
  ApplicationWithdrawn: defineEvent(1, 'A municipality withdrew its application before the decision.', () =>
    z.object({ applicationId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, municipalityName: z.string(), withdrawnAt: IsoDateTime }),
  ),
  ApplicationDecided: defineEvent(1, 'The secretariat recorded the steering group’s decision: admitted or rejected, with the reason.', () =>
    z.object({
      applicationId: z.string(),
      ...CohortRef,
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      writtenStandard: WrittenStandard,
      outcome: z.enum(['admitted', 'rejected']),
      reason: z.string(),
      decidedAt: IsoDateTime,
      projectLeader: Contact,
    }),
  ),
  MunicipalityAdmitted: defineEvent(1, 'A municipality became a participant of a cohort, with the target and goals it committed to.', () =>
    z.object({
      ...CohortRef,
      applicationId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      admittedOn: IsoDate,
      sickLeaveTarget: SickLeaveTarget,
      goals: z.array(z.string()),
    }),
  ),
  CohortOpened: defineEvent(1, 'A cohort opened for applications; municipalities not yet participating are invited.', cohortStatusData),
  CohortClosed: defineEvent(1, 'A cohort closed for applications.', cohortStatusData),
  CohortStarted: defineEvent(1, 'A cohort’s local projects started.', cohortStatusData),
  CohortCompleted: defineEvent(1, 'A cohort completed.', cohortStatusData),
  GatheringScheduled: defineEvent(1, 'A gathering was added to a cohort’s calendar; participants are told.', () =>
    z.object({ ...CohortRef, gathering: Gathering }),
  ),
  GatheringChanged: defineEvent(1, 'A gathering of a cohort’s calendar changed; participants are told what changed.', () =>
    z.object({ ...CohortRef, gathering: Gathering, previous: Gathering }),
  ),
  NetworkFormed: defineEvent(1, 'The secretariat formed a network in a cohort, with its advisor and first members.', () =>
    z.object(networkComposition()),
  ),
  MunicipalityAssignedToNetwork: defineEvent(1, 'A participant was placed in a network; the network’s project leaders are told who is in it.', () =>
    z.object({ ...networkComposition(), municipalityNumber: MunicipalityNumber, municipalityName: z.string() }),
  ),
  AbsenceFiguresUploaded: defineEvent(1, 'Sick-leave figures were accepted (a municipality’s upload or a secretariat bulk file); target statuses are recomputed.', () =>
    z.object({
      uploadId: z.string(),
      receivedAt: IsoDateTime,
      uploadedBy: z.string(),
      rows: z.number().int(),
      municipalities: z.array(MunicipalityNumber),
      quarters: z.array(z.string()),
    }),
  ),
  AbsenceUploadCommitted: defineEvent(1, 'An asynchronous upload (a large file through S3) was checked and its figures committed; the uploader is told. AbsenceFiguresUploaded announces the figures.', () =>
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
  ),
  AbsenceUploadRejected: defineEvent(1, 'An asynchronous upload was rejected (invalid rows or columns, too large, unreadable); nothing was stored; the uploader is told.', () =>
    z.object({
      uploadId: z.string(),
      scope: z.enum(['municipality', 'bulk']),
      municipalityNumber: MunicipalityNumber.optional(),
      uploadedBy: z.string(),
      problemType: z.string(),
      detail: z.string(),
      errors: z.number().int().meta({ description: 'How many row/column errors are listed on the upload resource' }),
    }),
  ),
  TargetStatusChanged: defineEvent(1, 'A participant’s target status changed; the project leader (and for off-track the network’s advisor) is told.', () =>
    z.object({
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      writtenStandard: WrittenStandard,
      ...CohortRef,
      previousStatus: z.string().nullable(),
      assessment: TargetAssessmentView,
      projectLeader: Contact,
      advisor: Contact.nullable(),
    }),
  ),
  ReportDue: defineEvent(1, 'A report’s reminder letter is due, on or before its due date: the latest ladder step that has come (at most one letter per report and sweep; the steps passed over are recorded as skipped).', reminderStepData),
  ReportOverdue: defineEvent(1, 'A report’s reminder letter is due after its due date (a sweep’s latest step, or a catch-up the secretariat started); the last steps escalate to the advisor and the secretariat.', reminderStepData),
  ReportSubmitted: defineEvent(1, 'A municipality submitted a report; its reviewers (the network’s advisor and the secretariat) are told.', () =>
    z.object({ reportId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, type: z.string(), submittedAt: IsoDateTime }),
  ),
  ReportAccepted: defineEvent(1, 'The secretariat or an advisor accepted a report; the project leader is told.', reviewData),
  ReportReturned: defineEvent(1, 'The secretariat or an advisor returned a report for changes; the project leader is told why.', reviewData),
  NotificationQueued: defineEvent(1, 'An email was stored as a notification and waits for delivery (SES in AWS, an .eml file locally).', () =>
    z.object({ notificationId: z.string(), template: z.string() }),
  ),
  EmailAddressTyped: defineEvent(1, 'A municipality entered an email address (a project leader, its contact address); unless trusted already, the owner is asked to confirm it.', () =>
    z.object({ address: z.string(), municipalityNumber: MunicipalityNumber, typedIn: z.enum(['application', 'municipality-profile']) }),
  ),
  EmailAddressConfirmed: defineEvent(1, 'The owner of a typed email address confirmed it; the notifications held for it are delivered.', () =>
    z.object({ address: z.string(), confirmedAt: IsoDateTime }),
  ),
} as const satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof eventCatalogue;
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['data']>;

/** Envelope metadata carried by every event (EventBridge `detail.metadata`); built only where events are parsed. */
export const EventMetadata = /* @__PURE__ */ schema(() =>
  z.object({
    eventId: z.string().min(1),
    eventType: z.string().min(1),
    version: z.number().int().positive(),
    occurredAt: IsoDateTime,
    correlationId: z.string().min(1),
  }),
);
export type EventMetadata = z.infer<typeof EventMetadata>;

/** What EventBridge carries as `detail`: metadata plus the event's data. */
export interface EventEnvelope<T extends EventType = EventType> {
  readonly metadata: EventMetadata & { readonly eventType: T };
  readonly data: EventData<T>;
}

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventCatalogue, value);
}

const envelopes = new Map<EventType, z.ZodType>();

/** Validates an envelope against the catalogue; throws a ZodError naming what is wrong. */
export function parseEnvelope<T extends EventType>(eventType: T, detail: unknown): EventEnvelope<T> {
  // Built once per event type, on first use: not per event handled.
  let envelope = envelopes.get(eventType);
  if (!envelope) {
    envelope = z.object({
      metadata: EventMetadata.extend({ eventType: z.literal(eventType), version: z.literal(eventCatalogue[eventType].version) }),
      data: eventCatalogue[eventType].data,
    });
    envelopes.set(eventType, envelope);
  }
  return envelope.parse(detail) as EventEnvelope<T>;
}
