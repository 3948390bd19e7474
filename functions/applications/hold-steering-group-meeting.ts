import { randomUUID } from 'node:crypto';
import { applicationsRepository, ensureMeetingFits, holdMeeting, MEETING_ITEM_BUDGET, steeringGroupRepository } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository, type Municipality } from '#shared/municipalities/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { holdSteeringGroupMeeting } from '#shared/applications/assessment-routes.ts';

/**
 * POST /cohorts/{cohortId}/steering-group-decisions: the steering group's meeting decides a list
 * of applications; every decision, its events and the meeting go in one transaction, or nothing.
 */
export const handler = idempotentHttpHandler(holdSteeringGroupMeeting, async ({ params, body, principal, correlationId }) => {
  ensureMeetingFits(body.decisions, MEETING_ITEM_BUDGET);
  const applications = applicationsRepository();
  const ids = [...new Set(body.decisions.map((d) => d.applicationId))];
  const [cohort, loaded] = await Promise.all([cohortsRepository().require(params.cohortId), Promise.all(ids.map((id) => applications.get(id)))]);
  const byId = new Map(ids.map((id, i) => [id, loaded[i]]));
  const numbers = [...new Set(loaded.flatMap((a) => (a ? [a.value.municipalityNumber] : [])))];
  const found = await Promise.all(numbers.map((number) => municipalitiesRepository().get(number)));
  const municipalities = new Map<string, Municipality | undefined>(numbers.map((number, i) => [number, found[i]]));

  // As one by one: only an admission needs the municipality to exist when the cohort starts.
  const outside = body.decisions.flatMap((d, i) => {
    const municipality = municipalities.get(byId.get(d.applicationId)?.value.municipalityNumber ?? '');
    const absent = d.outcome === 'admitted' && municipality && byId.get(d.applicationId)?.value.cohortId === cohort.value.id ? notInRegisterAtStart(municipality, cohort.value) : undefined;
    return absent ? [{ pointer: `/decisions/${i}/outcome`, detail: `${absent}: it cannot be admitted` }] : [];
  });
  if (outside.length > 0) throw problems.outsideRegister(outside, outside.map((o) => o.detail).join('; '));

  const held = holdMeeting(body, { meetingId: randomUUID(), recordedBy: principal!.subject, cohort: cohort.value, applications: byId, municipalities, correlationId, now: new Date() });
  await steeringGroupRepository().record(held);
  return json(201, held.meeting, { location: `/cohorts/${cohort.value.id}/steering-group-decisions/${held.meeting.id}` });
});
