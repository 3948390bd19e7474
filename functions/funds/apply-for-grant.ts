import { randomUUID } from 'node:crypto';
import { apply, fundsRepository } from '#shared/funds/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { municipalityOf } from '#shared/platform/auth/principal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { applyForGrant } from '#shared/funds/routes.ts';

/** POST /grants: a participant of the cohort applies for a grant (GrantApplied); a municipality only for itself. */
export const handler = idempotentHttpHandler(applyForGrant, async ({ body, principal, correlationId }) => {
  const own = municipalityOf(principal);
  if (own && body.municipalityNumber && body.municipalityNumber !== own) {
    throw refuse.invalid('A municipality applies for itself', [{ pointer: '/municipalityNumber', detail: `Your municipality is ${own}; leave the field out or give ${own}` }]);
  }
  const municipalityNumber = own ?? body.municipalityNumber;
  if (!municipalityNumber) throw refuse.invalid('Name the municipality that applies', [{ pointer: '/municipalityNumber', detail: 'Required when the secretariat applies on a municipality’s behalf' }]);
  const participant = await participantsRepository().get(body.cohortId, municipalityNumber);
  if (!participant) throw refuse.notFound(`Municipality ${municipalityNumber} is not a participant of cohort ${body.cohortId}`);
  const { state, events } = apply(
    { ...body, municipalityNumber, municipalityName: participant.municipalityName },
    { id: randomUUID().replaceAll('-', ''), by: principal!.subject, correlationId, now: new Date() },
  );
  await fundsRepository().insert(state, events);
  return json(201, state, { location: `/grants/${state.id}` });
});
