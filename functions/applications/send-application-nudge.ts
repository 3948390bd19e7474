import { applicationNudge, applicationsRepository, nudgeStillApplies } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { notificationsRepository, queuedNotifications } from '#shared/notifications/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { sendApplicationNudge } from '#shared/applications/routes.ts';

/**
 * On ApplicationWindowClosing: the municipality is nudged in its written standard: a draft's
 * project leader (else the contact address) to send it, an invited municipality's contact
 * address to apply. Not at all when it applied meanwhile or the cohort is no longer open. The
 * notifications' ids come from the event, so a redelivered event queues nothing twice.
 */
export const handler = eventHandler(sendApplicationNudge, async ({ data, metadata }) => {
  const [cohort, current, municipality] = await Promise.all([
    cohortsRepository().get(data.cohortId),
    applicationsRepository().inCohort(data.cohortId, data.municipalityNumber),
    municipalitiesRepository().get(data.municipalityNumber),
  ]);
  const reason = nudgeStillApplies(data.reason, current?.status);
  if (!reason || cohort?.value.status !== 'open' || !municipality) {
    logger.info('No nudge any more', { cohortId: data.cohortId, municipalityNumber: data.municipalityNumber, application: current?.status, cohort: cohort?.value.status });
    return;
  }
  const draft = reason === 'draft' && current ? (await applicationsRepository().get(current.id))?.value : undefined;
  const leader = draft?.projectLeader;
  const to = leader ? { name: leader.name, address: leader.email } : municipality.contactEmail ? { name: `${municipality.name} kommune`, address: municipality.contactEmail } : undefined;
  if (!to) {
    logger.warn('No address to nudge', { cohortId: data.cohortId, municipalityNumber: data.municipalityNumber });
    return;
  }
  const letter = { cohortName: data.cohortName, closesOn: data.closesOn, municipalityName: municipality.name, reason, applicationId: current?.id, sentFor: data.sentFor };
  await notificationsRepository().insertAll(queuedNotifications(applicationNudge(letter, to, languageFor(municipality.writtenStandard), metadata.correlationId), metadata));
});
