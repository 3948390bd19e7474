import { gatheringsRepository, registrationsRepository, checkCancellation, type Registration } from '#shared/gatherings/index.ts';
import { newEvent } from '#shared/event-catalogue.ts';
import { mayActFor, recordedAs } from '#shared/platform/auth/principal.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { cancelRegistration } from '#shared/gatherings/registration-routes.ts';

/**
 * POST /gatherings/{gatheringId}/registrations/{registrationId}/cancellation: the registration is
 * cancelled and its seat given back in one transaction with GatheringRegistrationCancelled; the
 * waiting list moves up from that event (moveUpWaitingList).
 */
export const handler = idempotentHttpHandler(cancelRegistration, async ({ params, principal, correlationId }) => {
  const repository = registrationsRepository();
  const [{ value: gathering }, registration] = await Promise.all([gatheringsRepository().require(params.gatheringId), repository.get(params.gatheringId, params.registrationId)]);
  if (!registration || !mayActFor(principal!, registration.municipalityNumber)) throw refuse.notFound(`No registration ${params.registrationId} for this gathering`);
  const now = new Date();
  checkCancellation(gathering, registration, norwegianDay(now), principal!.kind === 'staff' ? 'secretariat' : 'municipality');
  const { position: _position, ...rest } = registration;
  const cancelled: Registration = { ...rest, status: 'cancelled', cancelledAt: now.toISOString(), cancelledBy: recordedAs(principal!) };
  const event = newEvent(
    'GatheringRegistrationCancelled',
    { gatheringId: gathering.id, registrationId: registration.id, municipalityNumber: registration.municipalityNumber, ...(registration.sessionId ? { sessionId: registration.sessionId } : {}), freedSeat: registration.status === 'registered' },
    { correlationId, now },
  );
  if (!(await repository.cancel(registration, cancelled, [event]))) throw refuse.conflict('The registration changed meanwhile (cancelled or moved up): read it again');
  return json(200, cancelled);
});
