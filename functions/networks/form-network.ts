import { randomUUID } from 'node:crypto';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository, newNetwork } from '#shared/networks/index.ts';
import { listParticipants } from '#shared/applications/participants-repository.ts';
import { config } from '#shared/platform/config.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { trustedAddressStep } from '#shared/email-confirmations/repository.ts';
import { normaliseAddress } from '#shared/email-confirmations/model.ts';
import { formNetwork } from '#shared/networks/routes.ts';

/** POST /cohorts/{cohortId}/networks: a network with its advisor and first members (NetworkFormed). */
export const handler = idempotentHttpHandler(formNetwork, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const [cohort, participants] = await Promise.all([cohortsRepository().require(params.cohortId), listParticipants(tableName, params.cohortId)]);
  const now = new Date();
  const { state: network, events } = newNetwork(cohort.value, body, participants, { id: randomUUID(), correlationId, now });
  // The advisor's address is entered by the secretariat: trusted, even if a municipality typed it before.
  await networksRepository().insert(network, events, [trustedAddressStep(tableName, normaliseAddress(body.advisor.email), now)]);
  return json(201, network, { location: `/cohorts/${cohort.value.id}/networks/${network.id}` });
});
