/** Notifications: every email the programme sends, stored with its delivery state. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { IsoDateTime } from '../platform/contract/common.ts';

/**
 * `awaiting-confirmation`: held, never sent, until the recipient confirms a typed address
 * (shared/email-confirmations/model.ts). `bounced`/`complained`: SES reported it back
 * (shared/notifications/ses-feedback.ts); `suppressed`: not sent, the address bounced or complained
 * before; `coalesced`: not sent, over a cap (a later notice carries the news, see
 * shared/target-status/mail-caps.json). New statuses are added at the end.
 */
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed', 'awaiting-confirmation', 'bounced', 'complained', 'suppressed', 'coalesced'] as const;

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
      heldBack: z.string().optional().meta({ description: 'Why a coalesced notification was not sent' }),
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

export type Notification = z.infer<typeof Notification>;
