/** Dead letters: events a function failed to process after every retry, for the secretariat. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';

/** The function whose dead letters are meant (its name in the routing table). */
export const DeadLetterParams = /* @__PURE__ */ schema(() => z.object({ function: z.string().regex(/^[A-Za-z]{1,64}$/, 'A function name of the routing table') }));

export const DeadLetterView = /* @__PURE__ */ schema(() =>
  z.object({
    function: z.string(),
    messageId: z.string(),
    eventType: z.string(),
    eventId: z.string().optional(),
    time: z.string().optional(),
    errorMessage: z.string().optional(),
    body: z.unknown(),
  }),
);
export type DeadLetterView = z.infer<typeof DeadLetterView>;

export const DeadLetterList = /* @__PURE__ */ schema(() => z.object({ deadLetters: z.array(DeadLetterView) }).meta({ id: 'DeadLetterList' }));

export const Redrive = /* @__PURE__ */ schema(() => z.object({ function: z.string(), redriven: z.number().int() }).meta({ id: 'Redrive' }));
