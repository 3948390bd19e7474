import { cancelGathering as cancel, gatheringsRepository, loadHosts } from '#shared/gatherings/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { cancelGathering } from '#shared/gatherings/routes.ts';

/** POST /gatherings/{gatheringId}/cancellation: kept as cancelled; the audience is told why (GatheringCancelled). */
export const handler = idempotentHttpHandler(cancelGathering, async ({ params, body, correlationId }) => {
  const gatherings = gatheringsRepository();
  const current = await gatherings.require(params.gatheringId);
  const { state, events } = cancel(current.value, body.reason, await loadHosts(current.value.hosts), { correlationId, now: new Date() });
  await gatherings.save({ value: state, version: current.version }, events, current.value);
  return json(200, state);
});
