import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { addNetworkMember, getVersionedNetwork } from '#shared/adapters/dynamodb/networks-repository.ts';
import { getParticipant } from '#shared/adapters/dynamodb/participants-repository.ts';
import { config } from '#shared/config.ts';
import { AssignToNetworkRequest, NetworkParams } from '#shared/contracts/networks.ts';
import { networkMembers } from '#shared/domain/network.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';

/** POST /cohorts/{cohortId}/networks/{networkId}/members: place a participant (MunicipalityAssignedToNetwork). */
export const handler = idempotentHttpHandler('assignToNetwork', { params: NetworkParams, body: AssignToNetworkRequest }, async ({ params, body, correlationId }) => {
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
