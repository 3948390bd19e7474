import { gatheringsRepository, registrationsRepository, checkSignUp, seatLimits, type AttendeeFacts, type Registration } from '#shared/gatherings/index.ts';
import { randomUUID } from 'node:crypto';
import { newEvent } from '#shared/event-catalogue.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { mayActFor, recordedAs } from '#shared/platform/auth/principal.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { registerForGathering } from '#shared/gatherings/registration-routes.ts';

/**
 * POST /gatherings/{gatheringId}/registrations: each attendee in turn takes a seat or goes on the
 * waiting list (GatheringRegistrationMade), by the conditional writes of the repository.
 */
export const handler = idempotentHttpHandler(registerForGathering, async ({ params, body, principal, correlationId }) => {
  const caller = principal!.kind === 'staff' ? 'secretariat' : 'municipality';
  const municipalityNumber = body.municipalityNumber ?? (principal!.kind === 'staff' ? undefined : principal!.municipalityNumber);
  if (!municipalityNumber) throw refuse.invalid('Name the municipality you sign up for', [{ pointer: '/municipalityNumber', detail: 'Required when the secretariat signs up on a municipality’s behalf' }]);
  if (!mayActFor(principal!, municipalityNumber)) throw refuse.invalid(`You cannot sign up for municipality ${municipalityNumber}`, [{ pointer: '/municipalityNumber', detail: 'Your own municipality only' }]);
  const repository = registrationsRepository();
  const { value: gathering } = await gatheringsRepository().require(params.gatheringId);
  const [inAudience, attendees] = await Promise.all([
    repository.inAudience(gathering, municipalityNumber),
    Promise.all(
      body.attendees.map(async (a, i): Promise<AttendeeFacts> => {
        if (!('personId' in a)) return { kind: 'named', name: a.name, email: a.email };
        const person = (await peopleRepository().get(a.personId))?.value;
        if (!person) throw refuse.invalid(`No person ${a.personId}`, [{ pointer: `/attendees/${i}/personId`, detail: 'Not a person of this municipality' }]);
        return { kind: 'person', personId: person.id, name: person.name, email: person.email, organisation: person.organisation, roles: person.roles, active: person.status === 'active' };
      }),
    ),
  ]);
  const now = new Date();
  checkSignUp(gathering, { municipalityNumber, sessionId: body.sessionId, attendees }, { inAudience }, norwegianDay(now), caller);
  const limits = seatLimits(gathering, body.sessionId);
  const registrations: Registration[] = [];
  for (const attendee of attendees) {
    const pending = {
      id: randomUUID(),
      gatheringId: gathering.id,
      municipalityNumber,
      ...(body.sessionId ? { sessionId: body.sessionId } : {}),
      attendee: { ...(attendee.kind === 'person' ? { personId: attendee.personId } : {}), name: attendee.name, email: attendee.email },
      registeredAt: now.toISOString(),
      registeredBy: recordedAs(principal!),
    };
    registrations.push(
      await repository.signUp(pending, limits, (r) => [
        newEvent(
          'GatheringRegistrationMade',
          { gatheringId: r.gatheringId, registrationId: r.id, municipalityNumber, ...(r.sessionId ? { sessionId: r.sessionId } : {}), status: r.status as 'registered' | 'waitlisted', ...(r.position ? { position: r.position } : {}) },
          { correlationId, now },
        ),
      ]),
    );
  }
  return json(201, { registrations });
});
