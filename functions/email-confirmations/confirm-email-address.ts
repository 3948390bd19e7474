import { confirmAddress, getConfirmationToken, getEmailAddress } from '#shared/email-confirmations/repository.ts';
import { config } from '#shared/platform/config.ts';
import { tokenState } from '#shared/email-confirmations/model.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { tokenHashOf } from '#shared/email-confirmations/confirmation.ts';
import { confirmEmailAddress } from '#shared/email-confirmations/routes.ts';

/**
 * POST /email-confirmations/{token} (public: the owner of the address has no account): the code
 * from the confirmation message confirms the address, and EmailAddressConfirmed releases the
 * mail held for it. A used code answers the same again; an unknown one 404, an expired one 410.
 */
export const handler = idempotentHttpHandler(confirmEmailAddress, async ({ params, correlationId }) => {
  const tableName = config.tableName();
  const tokenHash = tokenHashOf(params.token);
  const token = await getConfirmationToken(tableName, tokenHash);
  if (!token) throw problems.notFound('No such confirmation code');
  const now = new Date();
  const confirmed = (confirmedAt: string) => json(200, { address: token.address, status: 'confirmed', confirmedAt });
  const state = tokenState(token, now);
  if (state === 'used') return confirmed(token.usedAt!);
  if (state === 'expired') throw problems.gone(`The code expired at ${token.expiresAt}; when the address is entered again, a new code is sent`);

  const at = now.toISOString();
  if (await confirmAddress(tableName, tokenHash, token.address, newEvent('EmailAddressConfirmed', { address: token.address, confirmedAt: at }, { correlationId, now }), now)) {
    return confirmed(at);
  }
  // Not confirmed by this request: a concurrent one used the code, or the secretariat trusted the address meanwhile.
  const again = await getConfirmationToken(tableName, tokenHash);
  if (again?.usedAt) return confirmed(again.usedAt);
  const address = await getEmailAddress(tableName, token.address);
  if (address && address.status !== 'pending') return confirmed(address.confirmedAt ?? address.updatedAt);
  throw problems.gone('The code is no longer valid; when the address is entered again, a new code is sent');
});
