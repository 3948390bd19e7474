import { fundsRepository, pay } from '#shared/funds/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { recordGrantPayment } from '#shared/funds/routes.ts';

/** POST /grants/{id}/payment: a payment (what is left of the grant unless an amount is given; never more), counted on the line and the cohort (GrantPaid). */
export const handler = idempotentHttpHandler(recordGrantPayment, async ({ params, body, principal, correlationId }) => {
  const funds = fundsRepository();
  const grant = await funds.visibleGrant(principal, params.id);
  const paid = pay(grant.value, body, { by: principal!.subject, correlationId, now: new Date() });
  await funds.save({ value: paid.state, version: grant.version }, paid.events, paid.amount);
  return json(200, paid.state);
});
