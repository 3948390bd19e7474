import { confirm, emailConfirmationsRepository, tokenHashOf } from '#shared/email-confirmations/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { confirmEmailAddress } from '#shared/email-confirmations/routes.ts';

/**
 * POST /email-confirmations/{token} (public: the owner of the address has no account): the code
 * from the confirmation message confirms the address, and EmailAddressConfirmed releases the
 * mail held for it. A used code answers the same again; an unknown one 404, an expired one 410.
 */
export const handler = idempotentHttpHandler(confirmEmailAddress, async ({ params, correlationId }) => {
  const confirmations = emailConfirmationsRepository();
  const tokenHash = tokenHashOf(params.token);
  const token = await confirmations.token(tokenHash);
  if (!token) throw problems.notFound('No such confirmation code');
  const confirmed = (confirmedAt: string) => json(200, { address: token.address, status: 'confirmed', confirmedAt });
  const now = new Date();
  const decided = confirm(token, { correlationId, now });
  if (decided.outcome === 'used') return confirmed(decided.confirmedAt);
  if (decided.outcome === 'expired') throw problems.gone(`The code expired at ${token.expiresAt}; when the address is entered again, a new code is sent`);

  if (await confirmations.confirm(tokenHash, token.address, decided.events, now)) return confirmed(decided.confirmedAt);
  // Not confirmed by this request: a concurrent one used the code, or the secretariat trusted the address meanwhile.
  const again = await confirmations.token(tokenHash);
  if (again?.usedAt) return confirmed(again.usedAt);
  const address = await confirmations.address(token.address);
  if (address && address.status !== 'pending') return confirmed(address.confirmedAt ?? address.updatedAt);
  throw problems.gone('The code is no longer valid; when the address is entered again, a new code is sent');
});
