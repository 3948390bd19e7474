import { audienceMunicipalities } from '#shared/gatherings/index.ts';
import { reportsRepository } from '#shared/reports/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { newDelivery, webhookSourceOf, webhooksRepository, type StoredWebhookRegistration, type WebhookSource } from '#shared/webhooks/index.ts';
import { fanOutWebhookDeliveries } from '#shared/webhooks/routes.ts';

const CONCURRENCY = 8;

/**
 * On a domain event a webhook type maps from (shared/webhooks/event-types.ts): the municipalities
 * it is about (a field, its report's municipality, or its cohort's participants); for each, the
 * registrations of that municipality (one gsi1 Query each), plus those for every municipality;
 * for each registration that chose the type, one signed delivery, stored with its
 * WebhookDeliveryRequested once (a conditional write: a redelivered event delivers nothing twice).
 * A registration never gets another municipality's event: it is found only under its own
 * municipality's key, and an event about no municipality reaches only every-municipality registrations.
 */
export const handler = eventHandler(fanOutWebhookDeliveries, async ({ metadata, data }) => {
  const source = webhookSourceOf(metadata.eventType);
  if (!source) return;
  const repository = webhooksRepository();
  const municipalities = await municipalitiesOf(source, data);
  const targets: { registration: StoredWebhookRegistration; municipalityNumber: string | undefined }[] = [];
  for (const municipalityNumber of municipalities) {
    for (const registration of await repository.subscribersOf(municipalityNumber)) targets.push({ registration, municipalityNumber });
  }
  // Every-municipality registrations get the event once: about its one municipality, when it names one.
  const single = municipalities.length === 1 ? municipalities[0] : undefined;
  for (const registration of await repository.subscribersOf(null)) targets.push({ registration, municipalityNumber: single });
  const chosen = targets.filter(({ registration }) => registration.eventTypes.includes(source.webhookType));
  let delivered = 0;
  await forEachConcurrently(chosen, CONCURRENCY, async ({ registration, municipalityNumber }) => {
    const payload = source.payload(data as never, municipalityNumber);
    const { state, events } = newDelivery(
      registration,
      { webhookType: source.webhookType, sourceEventId: metadata.eventId, occurredAt: metadata.occurredAt, data: payload },
      { correlationId: metadata.correlationId, now: new Date() },
    );
    if (await repository.insertDelivery(state, events)) delivered++;
  });
  logger.info('Webhook deliveries', { eventType: metadata.eventType, eventId: metadata.eventId, municipalities: municipalities.length, registrations: chosen.length, delivered });
});

/** The municipalities the event is about, by the row's audience rule. */
async function municipalitiesOf(source: WebhookSource, data: unknown): Promise<string[]> {
  const audience = source.audience;
  if (audience.kind === 'field') {
    const number = audience.municipalityOf(data as never);
    return number ? [number] : [];
  }
  if (audience.kind === 'report') {
    const report = await reportsRepository().get(audience.reportIdOf(data as never));
    return report ? [report.value.municipalityNumber] : [];
  }
  // The municipalities the gathering is for: its cohorts' participants, or its network's members.
  return (await audienceMunicipalities(audience.hostsOf(data as never))).map((m) => m.municipalityNumber);
}
