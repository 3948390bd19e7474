import { gatheringsRepository, registrationsRepository, checkAttendance, type AttendanceSummary, type Registration, firstDay, hostCohortIds, lastDay } from '#shared/gatherings/index.ts';
import { randomUUID } from 'node:crypto';
import { newEvent } from '#shared/event-catalogue.ts';
import { recordedAs } from '#shared/platform/auth/principal.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { recordAttendance } from '#shared/gatherings/registration-routes.ts';

/**
 * PUT /gatherings/{gatheringId}/attendance: attended or absent per seated registration, walk-ins
 * as attended registrations of their own (no seat counted: they came), and the summary the
 * overview reads (which municipalities attended), in one transaction with GatheringAttendanceRecorded.
 * Registrations not named keep what they had, so a long list goes in several requests.
 */
export const handler = httpHandler(recordAttendance, async ({ params, body, principal, correlationId }) => {
  const repository = registrationsRepository();
  const [{ value: gathering }, registrations, previous] = await Promise.all([
    gatheringsRepository().require(params.gatheringId),
    repository.ofGathering(params.gatheringId),
    repository.attendance(params.gatheringId),
  ]);
  const now = new Date();
  const byId = new Map(registrations.map((r) => [r.id, r]));
  checkAttendance(gathering, norwegianDay(now), body.records, byId);
  const changed: Registration[] = body.records.map((record) => ({ ...byId.get(record.registrationId)!, attendance: record.attendance }));
  const walkIns: Registration[] = body.walkIns.map((w) => ({
    id: randomUUID(),
    gatheringId: gathering.id,
    municipalityNumber: w.municipalityNumber,
    attendee: { name: w.name, email: w.email ?? '' },
    status: 'registered',
    attendance: 'attended',
    walkIn: true,
    registeredAt: now.toISOString(),
    registeredBy: recordedAs(principal!),
  }));
  for (const r of [...changed, ...walkIns]) byId.set(r.id, r);
  const all = [...byId.values()];
  const attendedBy = [...new Set(all.filter((r) => r.status === 'registered' && r.attendance === 'attended').map((r) => r.municipalityNumber))].sort();
  const summary: AttendanceSummary = {
    gatheringId: gathering.id,
    title: gathering.title,
    kind: gathering.kind,
    firstDay: firstDay(gathering.when),
    lastDay: lastDay(gathering.when),
    cohortIds: [...hostCohortIds(gathering.hosts)],
    ...('networkId' in gathering.hosts ? { networkId: gathering.hosts.networkId } : {}),
    attendedBy,
    recordedAt: now.toISOString(),
  };
  const event = newEvent('GatheringAttendanceRecorded', { gatheringId: gathering.id, attendedBy, recorded: changed.length + walkIns.length }, { correlationId, now });
  await repository.recordAttendance([...changed, ...walkIns], summary, previous.version, [event]);
  return json(200, { gatheringId: gathering.id, attendedBy, recordedAt: summary.recordedAt, registrations: all.filter((r) => r.status === 'registered') });
});
