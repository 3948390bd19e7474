import { randomUUID } from 'node:crypto';
import { gatheringsRepository, loadHosts, scheduleGathering as schedule } from '#shared/gatherings/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { scheduleGathering } from '#shared/gatherings/routes.ts';

/** POST /gatherings: the municipalities in its audience are told (GatheringScheduled). */
export const handler = idempotentHttpHandler(scheduleGathering, async ({ body, correlationId }) => {
  const hosts = await loadHosts(body.hosts);
  const { state: gathering, events } = schedule(body, hosts, { id: randomUUID(), correlationId, now: new Date() });
  await gatheringsRepository().save({ value: gathering, version: 0 }, events);
  return json(201, gathering, { location: `/gatherings/${gathering.id}` });
});
