/** Confirming a typed email address with the code its owner received (shared/email-confirmations/model.ts). */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDateTime } from '../platform/contract/common.ts';

/** The code as it appears in the confirmation message; any other string is simply unknown (404). */
export const EmailConfirmationParams = /* @__PURE__ */ schema(() => z.object({ token: z.string().min(1).max(128) }));

export const EmailConfirmation = /* @__PURE__ */ schema(() =>
  z
    .object({
      address: z.string().meta({ example: 'kari.nordmann@verdal.kommune.no' }),
      status: z.literal('confirmed'),
      confirmedAt: IsoDateTime,
    })
    .meta({ id: 'EmailConfirmation' }),
);
