import { applicationsRepository, assess } from '#shared/applications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { assessApplication } from '#shared/applications/assessment-routes.ts';

/** PUT /applications/{id}/assessment: the secretariat's assessment, stored on the application at the version read (ApplicationAssessed). */
export const handler = httpHandler(assessApplication, async ({ params, body, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  const { state, assessment, events } = assess(current.value, body, { assessedBy: principal!.subject, correlationId, now: new Date() });
  await applications.save({ value: state, version: current.version }, events);
  return json(200, assessment);
});
