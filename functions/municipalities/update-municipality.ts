import { updateMunicipality } from '#shared/municipalities/repository.ts';
import { transact } from '#shared/platform/dynamodb/transaction.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { enteredAddress } from '#shared/email-confirmations/confirmation.ts';
import { updateMunicipality as updateMunicipalityRoute } from '#shared/municipalities/routes.ts';

/**
 * PATCH /municipalities/{number}: the municipality (its own) or the secretariat sets written
 * standard and contact. A contact address the municipality types awaits its owner's
 * confirmation; one the secretariat enters is the registered address, trusted
 * (shared/email-confirmations/model.ts). The address's record is written first: should the profile
 * update fail after it, an address is merely asked to confirm, never trusted unasked.
 */
export const handler = httpHandler(updateMunicipalityRoute, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  if (body.contactEmail) {
    const contact = enteredAddress(tableName, { address: body.contactEmail, by: principal!.role, municipalityNumber: params.number, typedIn: 'municipality-profile' }, { correlationId, now: new Date() });
    await transact(tableName, contact.steps, contact.events);
  }
  return json(200, await updateMunicipality(tableName, params.number, body));
});
