import { randomUUID } from 'node:crypto';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository, newNetwork } from '#shared/networks/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { emailConfirmationsRepository, normaliseAddress } from '#shared/email-confirmations/index.ts';
import { formNetwork } from '#shared/networks/routes.ts';

/** POST /cohorts/{cohortId}/networks: a network with its advisor and first members (NetworkFormed). */
export const handler = idempotentHttpHandler(formNetwork, async ({ params, body, correlationId }) => {
  const [cohort, participants] = await Promise.all([cohortsRepository().require(params.cohortId), participantsRepository().ofCohort(params.cohortId)]);
  const now = new Date();
  const { state: network, events } = newNetwork(cohort.value, body, participants, { id: randomUUID(), correlationId, now });
  // The advisor's address is entered by the secretariat: trusted, even if a municipality typed it before.
  await networksRepository().insert(network, events, [emailConfirmationsRepository().trustedAddressStep(normaliseAddress(body.advisor.email), now)]);
  return json(201, network, { location: `/cohorts/${cohort.value.id}/networks/${network.id}` });
});
