/**
 * What Amazon SES publishes to EventBridge (the default bus) for the stack's configuration set,
 * the parts the backend reads: which message, which recipients, what happened. The local SES
 * stand-in emits the same shape (local/aws-emulator.ts), so one handler serves both.
 * https://docs.aws.amazon.com/ses/latest/dg/monitoring-eventbridge.html
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';

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
