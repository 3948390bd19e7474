import { randomUUID } from 'node:crypto';
import { requireCohort } from '#shared/cohorts/repository.ts';
import { insertNetwork } from '#shared/networks/repository.ts';
import { listParticipants } from '#shared/applications/participants-repository.ts';
import { config } from '#shared/platform/config.ts';
import { networkMembers } from '#shared/networks/model.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { trustedAddressStep } from '#shared/email-confirmations/repository.ts';
import { normaliseAddress } from '#shared/email-confirmations/model.ts';
import { formNetwork } from '#shared/networks/routes.ts';

/** POST /cohorts/{cohortId}/networks: a network with its advisor and first members (NetworkFormed). */
export const handler = idempotentHttpHandler(formNetwork, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const [cohort, participants] = await Promise.all([requireCohort(tableName, params.cohortId), listParticipants(tableName, params.cohortId)]);
  const now = new Date();
  const network = {
    id: randomUUID(),
    cohortId: cohort.value.id,
    name: body.name,
    advisor: body.advisor,
    members: networkMembers(body.members, participants),
    formedAt: now.toISOString(),
  };
  const event = newEvent(
    'NetworkFormed',
    { cohortId: cohort.value.id, cohortName: cohort.value.name, networkId: network.id, networkName: network.name, advisor: network.advisor, members: network.members },
    { correlationId, now },
  );
  // The advisor's address is entered by the secretariat: trusted, even if a municipality typed it before.
  await insertNetwork(tableName, network, [event], [trustedAddressStep(tableName, normaliseAddress(body.advisor.email), now)]);
  return json(201, network, { location: `/cohorts/${cohort.value.id}/networks/${network.id}` });
});
