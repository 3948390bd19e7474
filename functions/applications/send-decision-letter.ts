import { decisionLetter } from '#shared/applications/index.ts';
import { config } from '#shared/platform/config.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notify } from '#shared/notifications/notify.ts';
import { sendDecisionLetter } from '#shared/applications/routes.ts';

/** On ApplicationDecided: the outcome and its reason to the project leader, in the municipality's written standard. */
export const handler = eventHandler(sendDecisionLetter, async ({ data, metadata }) => {
  await notify(config.tableName(), decisionLetter(data, languageFor(data.writtenStandard), metadata.correlationId), metadata);
});
