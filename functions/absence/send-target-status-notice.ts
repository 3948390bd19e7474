import { config } from '#shared/config.ts';
import { languageFor } from '#shared/domain/written-standard.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { targetStatusNotice } from '#shared/notifications/programme-emails.ts';
import { notify } from '#shared/notifications/notify.ts';

/** On TargetStatusChanged: the project leader in the municipality's written standard; for off-track also the network's advisor. */
export const handler = eventHandler('sendTargetStatusNotice', 'TargetStatusChanged', async ({ data, metadata }) => {
  const tableName = config.tableName();
  const leader = { name: data.projectLeader.name, address: data.projectLeader.email };
  await notify(tableName, targetStatusNotice(data, leader, languageFor(data.writtenStandard), metadata.correlationId), metadata);
  if (data.assessment.status === 'off-track' && data.advisor) {
    const advisor = { name: data.advisor.name, address: data.advisor.email };
    await notify(tableName, targetStatusNotice(data, advisor, 'nb', metadata.correlationId), metadata);
  }
});
