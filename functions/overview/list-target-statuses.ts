import { listTargetStatuses } from '#shared/adapters/dynamodb/target-status-repository.ts';
import { config } from '#shared/config.ts';
import { countBy } from '#shared/domain/tally.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** GET /overview/target-statuses: every participant's status, worst first, with counts. */
export const handler = httpHandler('listTargetStatuses', {}, async () => {
  const statuses = await listTargetStatuses(config.tableName());
  const order = ['off-track', 'at-risk', 'no-data', 'on-track', 'achieved'];
  statuses.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  return json(200, { counts: countBy(statuses, (s) => s.status), statuses });
});
