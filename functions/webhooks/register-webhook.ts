import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { municipalityOf, recordedAs } from '#shared/platform/auth/principal.ts';
import { config } from '#shared/platform/config.ts';
import { checkResolvedAddresses, checkWebhookUrl, registerWebhook as register, webhooksRepository, withoutSecret } from '#shared/webhooks/index.ts';
import { registerWebhook } from '#shared/webhooks/routes.ts';

/** POST /webhooks: checks the URL (and what its host resolves to), stores the registration with WebhookRegistered; the secret is answered once. */
export const handler = idempotentHttpHandler(registerWebhook, async ({ body, principal, correlationId }) => {
  const caller = principal!;
  const secretariat = caller.kind === 'staff' && caller.role === 'secretariat';
  const own = municipalityOf(caller);
  if (!secretariat && body.municipalityNumber !== undefined && body.municipalityNumber !== own) {
    throw problems.forbidden(`A municipality registers webhooks for its own events only (${own}), not ${body.municipalityNumber}`);
  }
  const policy = { allowLoopbackHttp: config.webhookAllowLoopbackHttp() };
  const { url, resolve } = checkWebhookUrl(body.url, policy);
  if (resolve) checkResolvedAddresses(resolve, await resolved(resolve), policy);
  const { state, events } = register(
    {
      id: randomUUID(),
      url: url.href,
      eventTypes: body.eventTypes,
      municipalityNumber: secretariat ? (body.municipalityNumber ?? null) : own!,
      owner: secretariat ? 'secretariat' : 'municipality',
      description: body.description,
      createdBy: recordedAs(caller),
    },
    { correlationId, now: new Date() },
  );
  await webhooksRepository().insert(state, events);
  return json(201, { ...withoutSecret(state), secret: state.secret }, { location: `/webhooks/${state.id}` });
});

/** Every address the name has (A and AAAA); none, or a lookup failure, is no address. */
async function resolved(host: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return [];
  }
}
