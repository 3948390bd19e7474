/**
 * The event catalogue: every domain event this backend publishes, with its version and the
 * schema of its data. Producers write events through the outbox; consumers parse them with
 * the same schema. README's event catalogue is generated from this list.
 */
import { z } from 'zod';
import { Contact, IsoDate, IsoDateTime, MunicipalityNumber, WrittenStandard } from './common.ts';
import { FocusArea, SickLeaveTarget } from './applications.ts';
import { Gathering } from './cohorts.ts';
import { NetworkMember } from './networks.ts';
import { TargetAssessmentView } from './absence.ts';

const CohortRef = { cohortId: z.string(), cohortName: z.string() };

const CohortStatusData = z.object({
  ...CohortRef,
  status: z.string(),
  applicationWindow: z.object({ opensOn: IsoDate, closesOn: IsoDate }),
  startDate: IsoDate,
  endDate: IsoDate,
  changedAt: IsoDateTime,
});

const NetworkComposition = {
  ...CohortRef,
  networkId: z.string(),
  networkName: z.string(),
  advisor: Contact,
  members: z.array(NetworkMember),
};

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  readonly version: number;
  readonly description: string;
  readonly data: S;
}

export const eventCatalogue = {
  ApplicationSubmitted: {
    version: 1,
    description: 'A municipality submitted an application to join the programme.',
    data: z.object({
      applicationId: z.string(),
      cohortId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      writtenStandard: WrittenStandard,
      submittedAt: IsoDateTime,
      projectLeader: Contact,
      focusAreas: z.array(FocusArea),
    }),
  },
  ApplicationWithdrawn: {
    version: 1,
    description: 'A municipality withdrew its application before the decision.',
    data: z.object({ applicationId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, municipalityName: z.string(), withdrawnAt: IsoDateTime }),
  },
  ApplicationDecided: {
    version: 1,
    description: 'The secretariat recorded the steering group’s decision: admitted or rejected, with the reason.',
    data: z.object({
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
  },
  MunicipalityAdmitted: {
    version: 1,
    description: 'A municipality became a participant of a cohort, with the target and goals it committed to.',
    data: z.object({
      ...CohortRef,
      applicationId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      admittedOn: IsoDate,
      sickLeaveTarget: SickLeaveTarget,
      goals: z.array(z.string()),
    }),
  },
  CohortOpened: { version: 1, description: 'A cohort opened for applications; municipalities not yet participating are invited.', data: CohortStatusData },
  CohortClosed: { version: 1, description: 'A cohort closed for applications.', data: CohortStatusData },
  CohortStarted: { version: 1, description: 'A cohort’s local projects started.', data: CohortStatusData },
  CohortCompleted: { version: 1, description: 'A cohort completed.', data: CohortStatusData },
  GatheringScheduled: {
    version: 1,
    description: 'A gathering was added to a cohort’s calendar; participants are told.',
    data: z.object({ ...CohortRef, gathering: Gathering }),
  },
  GatheringChanged: {
    version: 1,
    description: 'A gathering of a cohort’s calendar changed; participants are told what changed.',
    data: z.object({ ...CohortRef, gathering: Gathering, previous: Gathering }),
  },
  NetworkFormed: {
    version: 1,
    description: 'The secretariat formed a network in a cohort, with its advisor and first members.',
    data: z.object(NetworkComposition),
  },
  MunicipalityAssignedToNetwork: {
    version: 1,
    description: 'A participant was placed in a network; the network’s project leaders are told who is in it.',
    data: z.object({ ...NetworkComposition, municipalityNumber: MunicipalityNumber, municipalityName: z.string() }),
  },
  AbsenceFiguresUploaded: {
    version: 1,
    description: 'Sick-leave figures were accepted (a municipality’s upload or a secretariat bulk file); target statuses are recomputed.',
    data: z.object({
      uploadId: z.string(),
      receivedAt: IsoDateTime,
      uploadedBy: z.string(),
      rows: z.number().int(),
      municipalities: z.array(MunicipalityNumber),
      quarters: z.array(z.string()),
    }),
  },
  TargetStatusChanged: {
    version: 1,
    description: 'A participant’s target status changed; the project leader (and for off-track the network’s advisor) is told.',
    data: z.object({
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      writtenStandard: WrittenStandard,
      ...CohortRef,
      previousStatus: z.string().nullable(),
      assessment: TargetAssessmentView,
      projectLeader: Contact,
      advisor: Contact.nullable(),
    }),
  },
  ReportDue: {
    version: 1,
    description: 'A step of the reminder ladder before or on a report’s due date was reached (sent once per report and step).',
    data: z.object({ reportId: z.string(), dueDate: IsoDate, stepId: z.string(), daysFromDue: z.number().int(), notify: z.array(z.string()), sweptOn: IsoDate }),
  },
  ReportOverdue: {
    version: 1,
    description: 'A step of the reminder ladder after a report’s due date was reached; the last steps escalate to the advisor and the secretariat.',
    data: z.object({ reportId: z.string(), dueDate: IsoDate, stepId: z.string(), daysFromDue: z.number().int(), notify: z.array(z.string()), sweptOn: IsoDate }),
  },
  ReportSubmitted: {
    version: 1,
    description: 'A municipality submitted a report.',
    data: z.object({ reportId: z.string(), cohortId: z.string(), municipalityNumber: MunicipalityNumber, type: z.string(), submittedAt: IsoDateTime }),
  },
  ReportAccepted: {
    version: 1,
    description: 'The secretariat or an advisor accepted a report; the project leader is told.',
    data: z.object({ reportId: z.string(), comment: z.string(), by: z.string() }),
  },
  ReportReturned: {
    version: 1,
    description: 'The secretariat or an advisor returned a report for changes; the project leader is told why.',
    data: z.object({ reportId: z.string(), comment: z.string(), by: z.string() }),
  },
  NotificationQueued: {
    version: 1,
    description: 'An email was stored as a notification and waits for delivery (SES in AWS, an .eml file locally).',
    data: z.object({ notificationId: z.string(), template: z.string() }),
  },
} as const satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof eventCatalogue;
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['data']>;

/** Envelope metadata carried by every event (EventBridge `detail.metadata`). */
export const EventMetadata = z.object({
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: IsoDateTime,
  correlationId: z.string().min(1),
});
export type EventMetadata = z.infer<typeof EventMetadata>;

/** What EventBridge carries as `detail`: metadata plus the event's data. */
export interface EventEnvelope<T extends EventType = EventType> {
  readonly metadata: EventMetadata & { readonly eventType: T };
  readonly data: EventData<T>;
}

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventCatalogue, value);
}

/** Validates an envelope against the catalogue; throws a ZodError naming what is wrong. */
export function parseEnvelope<T extends EventType>(eventType: T, detail: unknown): EventEnvelope<T> {
  const schema = z.object({
    metadata: EventMetadata.extend({ eventType: z.literal(eventType), version: z.literal(eventCatalogue[eventType].version) }),
    data: eventCatalogue[eventType].data,
  });
  return schema.parse(detail) as EventEnvelope<T>;
}
