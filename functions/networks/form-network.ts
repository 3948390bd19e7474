import { randomUUID } from 'node:crypto';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository, newNetwork } from '#shared/networks/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { emailConfirmationsRepository, normaliseAddress } from '#shared/email-confirmations/index.ts';
import { formNetwork } from '#shared/networks/routes.ts';
import { isAdvisor, peopleRepository } from '#shared/people/index.ts';
import { refuse } from '#shared/platform/refusal.ts';

/** POST /cohorts/{cohortId}/networks: a network with its advisor and first members (NetworkFormed). */
export const handler = idempotentHttpHandler(formNetwork, async ({ params, body, correlationId }) => {
  const [cohort, participants, person] = await Promise.all([
    cohortsRepository().require(params.cohortId),
    participantsRepository().ofCohort(params.cohortId),
    peopleRepository().get(body.advisorId),
  ]);
  if (!person || !isAdvisor(person.value)) {
    throw refuse.invalid(`No advisor ${body.advisorId}`, [{ pointer: '/advisorId', detail: 'Not an active person of the secretariat with the advisor role (POST /staff)' }]);
  }
  const advisor = { personId: person.value.id, name: person.value.name, email: person.value.email };
  const now = new Date();
  const { state: network, events } = newNetwork(cohort.value, { ...body, advisor }, participants, { id: randomUUID(), correlationId, now });
  // The advisor's address is the secretariat's own person's: trusted, even if a municipality typed it before.
  await networksRepository().insert(network, events, [emailConfirmationsRepository().trustedAddressStep(normaliseAddress(advisor.email), now)]);
  return json(201, network, { location: `/cohorts/${cohort.value.id}/networks/${network.id}` });
});
