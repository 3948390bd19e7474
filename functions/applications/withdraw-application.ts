import { applicationsRepository, withdraw } from '#shared/applications/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { withdrawApplication } from '#shared/applications/routes.ts';

/** POST /applications/{id}/withdrawal: allowed until the decision. */
export const handler = idempotentHttpHandler(withdrawApplication, async ({ params, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  const { state, events } = withdraw(current.value, { correlationId, now: new Date() });
  await applications.save({ value: state, version: current.version }, events);
  return json(200, state);
});
