import { saveApplication, visibleApplication } from '#shared/applications/repository.ts';
import { config } from '#shared/platform/config.ts';
import { withdraw } from '#shared/applications/commands.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { withdrawApplication } from '#shared/applications/routes.ts';

/** POST /applications/{id}/withdrawal: allowed until the decision. */
export const handler = idempotentHttpHandler(withdrawApplication, async ({ params, principal, correlationId }) => {
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
