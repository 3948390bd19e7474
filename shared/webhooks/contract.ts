/** What the webhook routes accept and answer (zod: validation, types, the OpenAPI document). */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from './model.ts';

const RegistrationId = /* @__PURE__ */ schema(() => z.uuid());

export const RegisterWebhookRequest = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      url: z.string().max(2048).meta({ description: 'The endpoint: https:// on a public address (a private, loopback or link-local one, by name or by what it resolves to, is 422)', example: 'https://hr.verdal.kommune.no/hooks/kvalitetskommune' }),
      eventTypes: z
        .array(z.enum(WEBHOOK_EVENT_TYPES))
        .min(1)
        .max(WEBHOOK_EVENT_TYPES.length)
        .refine((types) => new Set(types).size === types.length, 'Each event type once'),
      municipalityNumber: MunicipalityNumber.optional().meta({
        description: 'Whose events: a municipality’s caller may name only itself (the default); the secretariat names one municipality, or leaves it out for every municipality (its own systems)',
      }),
      description: SingleLineText(200).optional(),
    })
    .meta({ id: 'RegisterWebhookRequest' }),
);

export const WebhookRegistration = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: RegistrationId,
      url: z.string(),
      eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
      municipalityNumber: MunicipalityNumber.nullable().meta({ description: 'null: every municipality (the secretariat’s own systems)' }),
      owner: z.enum(['municipality', 'secretariat']),
      description: z.string().optional(),
      createdAt: IsoDateTime,
      createdBy: z.string(),
      secretRotatedAt: IsoDateTime,
    })
    .meta({ id: 'WebhookRegistration' }),
);

/** Creation and rotation answer the secret, once: it is never shown again. */
export const WebhookRegistrationWithSecret = /* @__PURE__ */ schema(() =>
  WebhookRegistration.extend({
    secret: z.string().regex(/^whsec_/).meta({ description: 'The Standard Webhooks signing secret (whsec_…): shown only now; verify each delivery with it (docs/webhooks.md)' }),
  }).meta({ id: 'WebhookRegistrationWithSecret' }),
);

export const WebhookRegistrationList = /* @__PURE__ */ schema(() => z.object({ webhooks: z.array(WebhookRegistration) }).meta({ id: 'WebhookRegistrationList' }));

export const ListWebhooksQuery = /* @__PURE__ */ schema(() =>
  z.strictObject({
    municipalityNumber: MunicipalityNumber.optional().meta({ description: 'The secretariat: that municipality’s registrations (without: those for every municipality). A municipality sees its own.' }),
  }),
);

export const WebhookParams = /* @__PURE__ */ schema(() => z.object({ id: RegistrationId }));
export const WebhookDeliveryParams = /* @__PURE__ */ schema(() => z.object({ id: RegistrationId, deliveryId: z.string().regex(/^[0-9TZ]{8,24}-[0-9a-f-]{36}$/) }));

export const WebhookDelivery = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string().meta({ description: 'Also the `webhook-id` header: the same on every retry and replay' }),
      registrationId: RegistrationId,
      eventType: z.enum(WEBHOOK_EVENT_TYPES),
      sourceEventId: z.string(),
      status: z.enum(DELIVERY_STATUSES).meta({ description: 'requested: handed to the bus’s delivery (EventBridge reports no success back); failed: dead-lettered after the last retry' }),
      attempts: z.number().int().meta({ description: 'Attempts of the last failed run; 0 while none failed' }),
      lastResponseStatus: z.number().int().nullable(),
      lastError: z.string().nullable(),
      replays: z.number().int(),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      body: z.string().meta({ description: 'The exact body sent and signed' }),
    })
    .meta({ id: 'WebhookDelivery' }),
);

export const WebhookDeliveryList = /* @__PURE__ */ schema(() => z.object({ deliveries: z.array(WebhookDelivery).meta({ description: 'Newest first, at most 100' }) }).meta({ id: 'WebhookDeliveryList' }));

export type RegisterWebhookRequest = z.infer<typeof RegisterWebhookRequest>;
