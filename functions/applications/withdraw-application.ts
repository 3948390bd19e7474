import { saveApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { config } from '#shared/config.ts';
import { ApplicationIdParams } from '#shared/contracts/applications.ts';
import { withdraw } from '#shared/domain/application.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { visibleApplication } from '#shared/http/access.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';

/** POST /applications/{id}/withdrawal: allowed until the decision. */
export const handler = idempotentHttpHandler('withdrawApplication', { params: ApplicationIdParams }, async ({ params, principal, correlationId }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  const now = new Date();
  const withdrawn = withdraw(current.value, now);
  const event = newEvent(
    'ApplicationWithdrawn',
    { applicationId: withdrawn.id, cohortId: withdrawn.cohortId, municipalityNumber: withdrawn.municipalityNumber, municipalityName: withdrawn.municipalityName, withdrawnAt: withdrawn.withdrawnAt! },
    { correlationId, now },
  );
  await saveApplication(tableName, { value: withdrawn, version: current.version }, [event]);
  return json(200, withdrawn);
});
