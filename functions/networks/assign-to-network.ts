import { requireCohort } from '#shared/cohorts/repository.ts';
import { addNetworkMember, getVersionedNetwork } from '#shared/networks/repository.ts';
import { getParticipant } from '#shared/applications/participants-repository.ts';
import { config } from '#shared/platform/config.ts';
import { networkMembers } from '#shared/networks/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { assignToNetwork } from '#shared/networks/routes.ts';

/** POST /cohorts/{cohortId}/networks/{networkId}/members: place a participant (MunicipalityAssignedToNetwork). */
export const handler = idempotentHttpHandler(assignToNetwork, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  // The three items this needs, each read by key: not the cohort's every network and participant.
  const [cohort, network, participant] = await Promise.all([
    requireCohort(tableName, params.cohortId),
    getVersionedNetwork(tableName, params.cohortId, params.networkId),
    getParticipant(tableName, params.cohortId, body.municipalityNumber),
  ]);
  if (!network) throw refuse.notFound(`No network ${params.networkId} in this cohort`);
  const [member] = networkMembers([body.municipalityNumber], participant ? [participant] : []);
  const updated = { ...network.value, members: [...network.value.members, member!] };
  const event = newEvent(
    'MunicipalityAssignedToNetwork',
    {
      cohortId: cohort.value.id,
      cohortName: cohort.value.name,
      networkId: updated.id,
      networkName: updated.name,
      advisor: updated.advisor,
      members: updated.members,
      municipalityNumber: member!.municipalityNumber,
      municipalityName: member!.municipalityName,
    },
    { correlationId, now: new Date() },
  );
  await addNetworkMember(tableName, { value: updated, version: network.version }, member!.municipalityNumber, [event]);
  return json(200, updated);
});
