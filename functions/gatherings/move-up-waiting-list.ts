import { gatheringsRepository, registrationsRepository, nextToMoveUp, seatLimits, type Registration } from '#shared/gatherings/index.ts';
import { newEvent } from '#shared/event-catalogue.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { moveUpWaitingList } from '#shared/gatherings/registration-routes.ts';

/** At most this many registrations move up per event (a capacity raised a lot moves up in the next events' runs). */
const MOST = 50;

/**
 * On GatheringRegistrationCancelled that freed a seat, or GatheringChanged in its capacity or
 * sessions (more seats): while a waitlisted registration fits the
 * free seats (total, its session, its municipality), it takes one by the same conditional write
 * as a sign-up (GatheringRegistrationMovedUp). Idempotent: a redelivered event, or two at once,
 * find the seat taken or the registration moved up already and write nothing; the counters'
 * conditions keep the seats within capacity whoever wins.
 */
export const handler = eventHandler(moveUpWaitingList, async ({ data, metadata }) => {
  const gatheringId = 'gatheringId' in data ? (data.freedSeat ? data.gatheringId : undefined) : data.changes.some((c) => c === 'capacity' || c === 'sessions') ? data.gathering.id : undefined;
  if (!gatheringId) return;
  const gathering = (await gatheringsRepository().get(gatheringId))?.value;
  if (!gathering || gathering.status === 'cancelled') return;
  const repository = registrationsRepository();
  for (let moved = 0, round = 0; moved < MOST && round < 3 * MOST; round++) {
    const registrations = await repository.ofGathering(gathering.id);
    const seatsByMunicipality = new Map<string, Awaited<ReturnType<typeof repository.seats>>>();
    for (const r of registrations) if (r.status === 'waitlisted' && !seatsByMunicipality.has(r.municipalityNumber)) seatsByMunicipality.set(r.municipalityNumber, await repository.seats(gathering.id, r.municipalityNumber));
    const next = nextToMoveUp(registrations, (r) => seatsByMunicipality.get(r.municipalityNumber)!.seats, (r) => seatLimits(gathering, r.sessionId));
    if (!next) return;
    const now = new Date();
    const { position, ...rest } = next;
    const seated: Registration = { ...rest, status: 'registered', movedUpAt: now.toISOString() };
    const event = newEvent(
      'GatheringRegistrationMovedUp',
      { gatheringId: gathering.id, registrationId: next.id, municipalityNumber: next.municipalityNumber, ...(next.sessionId ? { sessionId: next.sessionId } : {}), position: position ?? 1 },
      { correlationId: metadata.correlationId, now },
    );
    if (await repository.moveUp(next, seated, seatLimits(gathering, next.sessionId), [event])) {
      moved++;
      logger.info('Moved up from the waiting list', { gatheringId: gathering.id, registrationId: next.id, position });
    }
    // Not moved: a seat was taken meanwhile, or it moved up by another run; read again.
  }
});
