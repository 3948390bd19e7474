import { account, fundsRepository } from '#shared/funds/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { accountForGrant } from '#shared/funds/routes.ts';

/** POST /grants/{id}/account: the municipality's account of how it used a grant paid to it (GrantAccounted). */
export const handler = idempotentHttpHandler(accountForGrant, async ({ params, body, principal, correlationId }) => {
  const funds = fundsRepository();
  const grant = await funds.visibleGrant(principal, params.id);
  const accounted = account(grant.value, body, { by: principal!.subject, correlationId, now: new Date() });
  await funds.save({ value: accounted.state, version: grant.version }, accounted.events);
  return json(200, accounted.state);
});
