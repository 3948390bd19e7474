import { changeGathering as change, gatheringsRepository, loadHosts } from '#shared/gatherings/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { changeGathering } from '#shared/gatherings/routes.ts';

/** PUT /gatherings/{gatheringId}: SEQUENCE grows; the audience is told what changed (GatheringChanged). */
export const handler = httpHandler(changeGathering, async ({ params, body, correlationId }) => {
  const gatherings = gatheringsRepository();
  const [current, hosts, seats] = await Promise.all([gatherings.require(params.gatheringId), loadHosts(body.hosts), gatherings.seatsTaken(params.gatheringId)]);
  const { state, events } = change(current.value, body, hosts, seats, { correlationId, now: new Date() });
  if (events.length > 0) await gatherings.save({ value: state, version: current.version }, events, current.value, [gatherings.seatsUnchangedStep(params.gatheringId, seats)]);
  return json(200, state);
});
