/**
 * The caps on optional mail in force: MAIL_CAPS (JSON) when the process has it, else the shipped
 * mail-caps.json. Checked once, at first use: a bad cap fails loudly, never as "no cap".
 */
import * as z from 'zod';
import { ENV } from '../platform/config.ts';
import { schema } from '../platform/contract/schema.ts';
import { configDocument } from '../platform/config-document.ts';
import shipped from './mail-caps.json' with { type: 'json' };

export const MailCaps = /* @__PURE__ */ schema(() =>
  z.object({
    $comment: z.string().optional(),
    targetStatusNotice: z.object({
      /** Status notices one municipality gets per Norwegian day (at least one: a change is never only coalesced). */
      perMunicipalityPerDay: z.number().int().min(1).max(100),
    }),
  }),
);

export type MailCaps = z.infer<typeof MailCaps>;

export const mailCaps: () => MailCaps = /* @__PURE__ */ configDocument(ENV.mailCaps, MailCaps, shipped);
