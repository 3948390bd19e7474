import { municipalitiesRepository, refusalOfChanges } from '#shared/municipalities/index.ts';
import { callerKind } from '#shared/platform/auth/principal.ts';
import { programmeTable } from '#shared/platform/dynamodb/table.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { emailConfirmationsRepository, enteredAddress } from '#shared/email-confirmations/index.ts';
import { updateMunicipality } from '#shared/municipalities/routes.ts';

/**
 * PATCH /municipalities/{number}: the municipality (its own) or the secretariat sets written
 * standard and contact. A contact address the municipality types awaits its owner's
 * confirmation; one the secretariat enters is the registered address, trusted
 * (shared/email-confirmations/model.ts). The address's record is written first: should the profile
 * update fail after it, an address is merely asked to confirm, never trusted unasked. The
 * organisation number is the secretariat's only (403 for anyone else), written with its
 * access-directory item in the repository's transaction.
 */
export const handler = httpHandler(updateMunicipality, async ({ params, body, principal, correlationId }) => {
  const refusal = refusalOfChanges(callerKind(principal!), body);
  if (refusal) throw problems.forbidden(refusal);
  if (body.contactEmail) {
    const now = new Date();
    const contact = enteredAddress({ address: body.contactEmail, by: callerKind(principal!), municipalityNumber: params.number, typedIn: 'municipality-profile' }, { correlationId, now });
    await programmeTable().transact([emailConfirmationsRepository().enteredAddressStep(contact.state, now)], contact.events);
  }
  return json(200, await municipalitiesRepository().update(params.number, body));
});
