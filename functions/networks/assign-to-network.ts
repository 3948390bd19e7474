import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository, placeInNetwork } from '#shared/networks/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { assignToNetwork } from '#shared/networks/routes.ts';

/** POST /cohorts/{cohortId}/networks/{networkId}/members: place a participant (MunicipalityAssignedToNetwork). */
export const handler = idempotentHttpHandler(assignToNetwork, async ({ params, body, correlationId }) => {
  const networks = networksRepository();
  // The three items this needs, each read by key: not the cohort's every network and participant.
  const [cohort, network, participant] = await Promise.all([
    cohortsRepository().require(params.cohortId),
    networks.getVersioned(params.cohortId, params.networkId),
    participantsRepository().get(params.cohortId, body.municipalityNumber),
  ]);
  if (!network) throw refuse.notFound(`No network ${params.networkId} in this cohort`);
  const { state, events } = placeInNetwork(cohort.value, network.value, body.municipalityNumber, participant, { correlationId, now: new Date() });
  await networks.addMember({ value: state, version: network.version }, body.municipalityNumber, events);
  return json(200, state);
});
