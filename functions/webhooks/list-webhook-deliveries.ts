import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { webhooksRepository, requireManaged } from '#shared/webhooks/index.ts';
import { listWebhookDeliveries } from '#shared/webhooks/routes.ts';


/** GET /webhooks/{id}/deliveries: the newest deliveries with their status, attempts and the endpoint's last status. */
export const handler = httpHandler(listWebhookDeliveries, async ({ params, principal }) => {
  await requireManaged(params.id, principal);
  return json(200, { deliveries: await webhooksRepository().deliveries(params.id) });
});
