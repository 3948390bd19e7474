import { randomUUID } from 'node:crypto';
import { insertApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { getMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { SubmitApplicationRequest } from '#shared/contracts/applications.ts';
import { newApplication } from '#shared/domain/application.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { problems } from '#shared/http/problems.ts';

/** POST /applications: the calling municipality applies; ApplicationSubmitted goes out with it. */
export const handler = httpHandler('submitApplication', { body: SubmitApplicationRequest }, async ({ body, principal, correlationId }) => {
  if (principal?.role !== 'municipality') throw problems.forbidden('Only a municipality can submit its application');
  const tableName = config.tableName();
  const municipality = await getMunicipality(tableName, principal.municipalityNumber);
  if (!municipality) throw problems.unknownMunicipality(principal.municipalityNumber);

  const now = new Date();
  const application = newApplication(body, { id: randomUUID(), municipality, now });
  const event = newEvent(
    'ApplicationSubmitted',
    {
      applicationId: application.id,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      writtenStandard: municipality.writtenStandard,
      submittedAt: application.submittedAt,
      projectLeader: application.projectLeader,
      focusAreas: application.focusAreas,
    },
    { correlationId, now },
  );
  await insertApplication(tableName, application, event);
  return json(201, application, { location: `/applications/${application.id}` });
});
