import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { municipalityOf } from '#shared/platform/auth/principal.ts';
import { webhooksRepository, withoutSecret } from '#shared/webhooks/index.ts';
import { listWebhooks } from '#shared/webhooks/routes.ts';

/** GET /webhooks: a municipality's own registrations; the secretariat's for one municipality, or for every municipality. */
export const handler = httpHandler(listWebhooks, async ({ query, principal }) => {
  const secretariat = principal?.kind === 'staff' && principal.role === 'secretariat';
  const registrations = await webhooksRepository().subscribersOf(secretariat ? (query.municipalityNumber ?? null) : municipalityOf(principal)!);
  const visible = secretariat ? registrations : registrations.filter((r) => r.owner === 'municipality');
  return json(200, { webhooks: visible.map(withoutSecret) });
});
