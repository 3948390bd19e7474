/** Notifications: every email the programme sends, stored with its delivery state. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { IsoDateTime } from '../platform/contract/common.ts';
import { NOTIFICATION_STATUSES, type Notification as NotificationEntity } from './model.ts';
import { MAIL_CATEGORIES, MAIL_DELIVERIES, type MailCategory, type MailDelivery } from './message-types.ts';

export { NOTIFICATION_STATUSES };

export const Notification = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      template: z.string().meta({ example: 'application-receipt' }),
      language: z.enum(['nb', 'nn']),
      recipient: z.object({ name: z.string().optional(), address: z.string() }),
      subject: z.string(),
      text: z.string(),
      status: z.enum(NOTIFICATION_STATUSES),
      attempts: z.number().int(),
      lastError: z.string().optional(),
      messageId: z.string().optional(),
      correlationId: z.string().optional(),
      cause: z.object({ eventId: z.string(), eventType: z.string() }),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      sentAt: IsoDateTime.optional(),
      heldBack: z.string().optional().meta({ description: 'Why a coalesced notification was not sent, or why one was held for the digest' }),
      digestId: z.string().optional().meta({ description: 'The daily digest a `digested` notification was sent in' }),
      feedback: z
        .object({ kind: z.enum(['bounce', 'complaint']), type: z.string().optional(), at: IsoDateTime, detail: z.string().optional() })
        .optional()
        .meta({ description: 'What SES reported back about a sent email (bounce type, diagnostic), or why it was suppressed' }),
    })
    .meta({ id: 'Notification' }),
);

export const NotificationList = /* @__PURE__ */ schema(() => z.object({ notifications: z.array(Notification), nextCursor: NextCursor }).meta({ id: 'NotificationList' }));
export const ListNotificationsQuery = /* @__PURE__ */ schema(() => z.object({ status: z.enum(NOTIFICATION_STATUSES).default('failed'), ...PageQuery }));
export const NotificationParams = /* @__PURE__ */ schema(() => z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'A notification id') }));

/** The entity is the model's; the wire schema must describe exactly it (a type error here when the two drift apart). */
export type Notification = NotificationEntity;
export type NotificationSchemaMatchesModel = Assert<SameType<z.infer<typeof Notification>, NotificationEntity>>;

/**
 * What Amazon SES publishes to EventBridge (the default bus) for the stack's configuration set,
 * the parts the backend reads: which message, which recipients, what happened. The local SES
 * stand-in emits the same shape (local/aws-emulator.ts), so one handler serves both.
 * https://docs.aws.amazon.com/ses/latest/dg/monitoring-eventbridge.html
 */
export const SES_EVENT_SOURCE = 'aws.ses';
/** The detail-types SES gives bounce and complaint events on EventBridge. */
export const SES_FEEDBACK_DETAIL_TYPES = ['Email Bounced', 'Email Complaint Received'] as const;
/** The tag SES puts on every event of a message sent with a configuration set. */
export const CONFIGURATION_SET_TAG = 'ses:configuration-set';

const Recipients = /* @__PURE__ */ schema(() => z.array(z.object({ emailAddress: z.string().min(3), diagnosticCode: z.string().optional() })).min(1));

export const SesFeedbackDetail = /* @__PURE__ */ schema(() =>
  z.object({
    eventType: z.enum(['Bounce', 'Complaint']),
    mail: z.object({ messageId: z.string().min(1), timestamp: z.string().optional(), destination: z.array(z.string()).optional() }),
    bounce: z
      .object({ bounceType: z.string(), bounceSubType: z.string().optional(), bouncedRecipients: Recipients, timestamp: z.string().optional() })
      .optional(),
    complaint: z
      .object({ complainedRecipients: Recipients, complaintFeedbackType: z.string().optional(), timestamp: z.string().optional() })
      .optional(),
  }),
);

export type SesFeedbackDetail = z.infer<typeof SesFeedbackDetail>;

/** true only when each type is assignable to the other; Assert fails to compile on false. */
type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** A person's choices for optional mail: every category with its delivery (mandatory mail has none: it is always sent). */
export const MailPreferencesView = /* @__PURE__ */ schema(() =>
  z
    .object({
      address: z.string().meta({ description: 'The address the preferences are kept for (the person’s own, lower case)' }),
      preferences: z.object(Object.fromEntries(MAIL_CATEGORIES.map((c) => [c, z.enum(MAIL_DELIVERIES)])) as Record<MailCategory, z.ZodEnum<{ [K in MailDelivery]: K }>>),
    })
    .meta({ id: 'MailPreferences' }),
);

/** Categories to change; the ones not named stay as they are. */
export const MailPreferencesChange = /* @__PURE__ */ schema(() =>
  z
    .object({
      preferences: z
        .object(Object.fromEntries(MAIL_CATEGORIES.map((c) => [c, z.enum(MAIL_DELIVERIES).optional()])) as Record<MailCategory, z.ZodOptional<z.ZodEnum<{ [K in MailDelivery]: K }>>>)
        .strict()
        .meta({ description: 'Per category of optional mail: `immediate`, `digest` (one mail a day) or `off`' }),
    })
    .strict()
    .meta({ id: 'MailPreferencesChange' }),
);

export const UnsubscribeParams = /* @__PURE__ */ schema(() => z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'An unsubscribe token') }));

export const Unsubscribed = /* @__PURE__ */ schema(() =>
  z
    .object({ status: z.literal('unsubscribed'), category: z.enum([...MAIL_CATEGORIES, 'all']), mandatoryMail: z.literal('still-sent') })
    .meta({ id: 'Unsubscribed', description: 'The category is off for the address the link was sent to; mandatory mail is still sent' }),
);

export const UnsubscribePage = /* @__PURE__ */ schema(() => z.string().meta({ description: 'A small HTML page (bokmål and nynorsk) with the button that unsubscribes' }));
