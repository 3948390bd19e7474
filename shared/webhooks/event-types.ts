/**
 * The one table from domain events to webhooks: for each webhook event type, the domain event it
 * is made from, how to find the municipalities the event is about, and the payload a subscriber
 * receives. A new webhook event type is one row here (and its name in model.ts); the fan-out
 * (functions/webhooks/fan-out-webhook-deliveries.ts) and its subscription read this table.
 * Payloads carry no personal data beyond what the municipality's own API shows it (no project
 * leader's address), and only ids, names, dates, statuses and figures.
 */
import {
  ApplicationDecided,
  GatheringCancelled,
  GatheringChanged,
  GatheringScheduled,
  ReportDue,
  ReportOverdue,
  TargetStatusChanged,
  type EventData,
  type EventType,
} from '../event-catalogue.ts';
import type { GatheringHosts } from '../gatherings/model.ts';
import type { WebhookEventType } from './model.ts';

/**
 * How the fan-out finds whose event it is: a field of the event, the report it names (its
 * municipality), or the participants of the cohort it names (a gathering concerns them all).
 */
export type AudienceRule<T extends EventType> =
  | { readonly kind: 'field'; readonly municipalityOf: (data: EventData<T>) => string | undefined }
  | { readonly kind: 'report'; readonly reportIdOf: (data: EventData<T>) => string }
  | { readonly kind: 'gathering-audience'; readonly hostsOf: (data: EventData<T>) => GatheringHosts };

export interface WebhookSource<T extends EventType = EventType> {
  readonly webhookType: WebhookEventType;
  readonly domainEvent: T;
  readonly audience: AudienceRule<T>;
  /** The `data` of the webhook body; `municipalityNumber` is the subscriber's municipality the event is about (when known). */
  readonly payload: (data: EventData<T>, municipalityNumber: string | undefined) => Record<string, unknown>;
}

const source = <T extends EventType>(row: WebhookSource<T>): WebhookSource => row as unknown as WebhookSource;

const reminderPayload = (data: EventData<'ReportDue'>, municipalityNumber: string | undefined) => ({
  reportId: data.reportId,
  municipalityNumber: municipalityNumber ?? null,
  dueDate: data.dueDate,
  stepId: data.stepId,
  daysFromDue: data.daysFromDue,
  sweptOn: data.sweptOn,
});

/** Built where used (a PURE call): a function that does not fan out drops the table and the event definitions it names. */
export const WEBHOOK_SOURCES: readonly WebhookSource[] = /* @__PURE__ */ built(() => [
  source<'ApplicationDecided'>({
    webhookType: 'application.decided',
    domainEvent: ApplicationDecided.type,
    audience: { kind: 'field', municipalityOf: (data) => data.municipalityNumber },
    payload: (data) => ({
      applicationId: data.applicationId,
      cohortId: data.cohortId,
      cohortName: data.cohortName,
      municipalityNumber: data.municipalityNumber,
      municipalityName: data.municipalityName,
      outcome: data.outcome,
      reason: data.reason,
      decidedAt: data.decidedAt,
    }),
  }),
  source<'ReportDue'>({ webhookType: 'report.due', domainEvent: ReportDue.type, audience: { kind: 'report', reportIdOf: (data) => data.reportId }, payload: reminderPayload }),
  source<'ReportOverdue'>({ webhookType: 'report.overdue', domainEvent: ReportOverdue.type, audience: { kind: 'report', reportIdOf: (data) => data.reportId }, payload: reminderPayload }),
  source<'TargetStatusChanged'>({
    webhookType: 'target-status.changed',
    domainEvent: TargetStatusChanged.type,
    audience: { kind: 'field', municipalityOf: (data) => data.municipalityNumber },
    payload: (data) => ({
      municipalityNumber: data.municipalityNumber,
      municipalityName: data.municipalityName,
      cohortId: data.cohortId,
      cohortName: data.cohortName,
      previousStatus: data.previousStatus,
      status: data.assessment.status,
      assessment: data.assessment,
    }),
  }),
  gatheringSource<'GatheringScheduled'>('gathering.scheduled', GatheringScheduled.type, () => ({})),
  gatheringSource<'GatheringChanged'>('gathering.changed', GatheringChanged.type, (data) => ({ previous: data.previous, changes: data.changes })),
  gatheringSource<'GatheringCancelled'>('gathering.cancelled', GatheringCancelled.type, (data) => ({ reason: data.reason })),
]);

type GatheringEvent = 'GatheringScheduled' | 'GatheringChanged' | 'GatheringCancelled';

/** A gathering event's row: its audience is the gathering's hosts, its payload the gathering and what this event adds. */
function gatheringSource<T extends GatheringEvent>(webhookType: WebhookEventType, domainEvent: T, extra: (data: EventData<T>) => Record<string, unknown>) {
  return source<T>({
    webhookType,
    domainEvent,
    audience: { kind: 'gathering-audience', hostsOf: (data) => data.gathering.hosts },
    payload: (data, municipalityNumber) => ({ cohorts: data.cohorts, network: data.network ?? null, municipalityNumber: municipalityNumber ?? null, gathering: data.gathering, ...extra(data) }),
  });
}

function built<T>(build: () => T): T {
  return build();
}

/** The definitions the fan-out consumes: every row's domain event, once. */
export const WEBHOOK_SOURCE_EVENTS = [ApplicationDecided, ReportDue, ReportOverdue, TargetStatusChanged, GatheringScheduled, GatheringChanged, GatheringCancelled] as const;

/** The row of a domain event type, or undefined. */
export function webhookSourceOf(eventType: string): WebhookSource | undefined {
  return WEBHOOK_SOURCES.find((row) => row.domainEvent === eventType);
}
