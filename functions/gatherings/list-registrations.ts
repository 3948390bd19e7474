import { gatheringsRepository, registrationsRepository } from '#shared/gatherings/index.ts';
import { visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listRegistrations } from '#shared/gatherings/registration-routes.ts';

/** GET /gatherings/{gatheringId}/registrations: the registrations the caller may see, the waiting list by position, and the seats taken in all. */
export const handler = httpHandler(listRegistrations, async ({ params, principal }) => {
  const gatherings = gatheringsRepository();
  const [{ value: gathering }, registrations, seats] = await Promise.all([
    gatherings.require(params.gatheringId),
    registrationsRepository().ofGathering(params.gatheringId),
    gatherings.seatsTaken(params.gatheringId),
  ]);
  const visible = visibleMunicipalities(principal!);
  const shown = visible === 'all' ? registrations : registrations.filter((r) => visible.has(r.municipalityNumber));
  return json(200, {
    gatheringId: gathering.id,
    seats: { taken: seats.taken, ...(gathering.capacity?.total !== undefined ? { total: gathering.capacity?.total } : {}), bySession: seats.bySession },
    registrations: shown,
  });
});
