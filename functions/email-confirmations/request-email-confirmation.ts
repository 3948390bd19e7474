import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { confirmationMessage, emailConfirmationsRepository, normaliseAddress, requestConfirmation } from '#shared/email-confirmations/index.ts';
import { queuedNotification } from '#shared/notifications/index.ts';
import { requestEmailConfirmation } from '#shared/email-confirmations/routes.ts';

/**
 * On EmailAddressTyped: ask the owner of the address to confirm it, in the written standard of
 * the municipality that typed it. One message per code lifetime, however often it is typed: the
 * code, its record and its message are one transaction, written only while the address is
 * pending without a live code.
 */
export const handler = eventHandler(requestEmailConfirmation, async ({ data, metadata }) => {
  const confirmations = emailConfirmationsRepository();
  const municipality = await municipalitiesRepository().get(data.municipalityNumber);
  if (!municipality) throw new Error(`Municipality ${data.municipalityNumber} does not exist`);
  const now = new Date();
  const address = normaliseAddress(data.address);
  const request = requestConfirmation(await confirmations.address(address), address, now);
  let sent = false;
  if (request) {
    const { code, token } = request;
    const language = languageFor(municipality.writtenStandard);
    const message = confirmationMessage({ address: code.address, municipalityName: municipality.name, token, expiresAt: code.expiresAt }, language, metadata.correlationId);
    sent = await confirmations.issue(code, queuedNotification(message, message.to[0]!, metadata, now), now);
  }
  logger.info(sent ? 'Confirmation requested' : 'No confirmation needed: trusted, confirmed, or a live code was sent already', { municipalityNumber: data.municipalityNumber });
});
