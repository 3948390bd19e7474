import { config } from '#shared/config.ts';
import { languageFor } from '#shared/domain/written-standard.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { notify } from '#shared/notifications/notify.ts';
import { decisionLetter } from '#shared/notifications/programme-emails.ts';

/** On ApplicationDecided: the outcome and its reason to the project leader, in the municipality's written standard. */
export const handler = eventHandler('sendDecisionLetter', 'ApplicationDecided', async ({ data, metadata }) => {
  await notify(config.tableName(), decisionLetter(data, languageFor(data.writtenStandard), metadata.correlationId), metadata);
});
