import { getMunicipality } from '#shared/municipalities/repository.ts';
import { config } from '#shared/platform/config.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { requestConfirmation } from '#shared/email-confirmations/confirmation.ts';
import { requestEmailConfirmation } from '#shared/email-confirmations/routes.ts';

/**
 * On EmailAddressTyped: ask the owner of the address to confirm it, in the written standard of
 * the municipality that typed it. One message per code lifetime, however often it is typed.
 */
export const handler = eventHandler(requestEmailConfirmation, async ({ data, metadata }) => {
  const tableName = config.tableName();
  const municipality = await getMunicipality(tableName, data.municipalityNumber);
  if (!municipality) throw new Error(`Municipality ${data.municipalityNumber} does not exist`);
  const sent = await requestConfirmation(
    tableName,
    { address: data.address, municipalityName: municipality.name, language: languageFor(municipality.writtenStandard) },
    metadata,
    new Date(),
  );
  logger.info(sent ? 'Confirmation requested' : 'No confirmation needed: trusted, confirmed, or a live code was sent already', { municipalityNumber: data.municipalityNumber });
});
