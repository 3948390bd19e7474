/** The secretariat's overview: participation against the programme goal, and applications. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDate } from '../platform/contract/common.ts';

const Figure = /* @__PURE__ */ schema(() => ({ municipalities: z.number().int(), participants: z.number().int(), share: z.number() }));

export const OverviewQuery = /* @__PURE__ */ schema(() =>
  z.object({
    date: IsoDate.optional().meta({ description: 'Count municipalities existing and admitted on this day; default today, at the latest 2009-12-31 (the programme’s end)' }),
  }),
);

export const Overview = /* @__PURE__ */ schema(() =>
  z
    .object({
      date: IsoDate,
      programmeGoal: z.object({ date: IsoDate.meta({ description: 'The day counted (the same as `date`)' }), ...Figure, goalMet: z.boolean(), missing: z.number().int() }).meta({ description: 'More than half of the municipalities existing on the date take part' }),
      byCohort: z.array(z.object({ cohortId: z.string(), name: z.string(), status: z.string(), admitted: z.number().int(), applicationsByStatus: z.record(z.string(), z.number().int()) })),
      byCounty: z.array(z.object({ countyNumber: z.string(), countyName: z.string(), ...Figure })),
      byNetwork: z.array(z.object({ networkId: z.string(), cohortId: z.string(), name: z.string(), advisor: z.string(), members: z.number().int() })),
      source: z.literal('Kilde: Statistisk sentralbyrå'),
    })
    .meta({ id: 'Overview' }),
);

export type Overview = z.infer<typeof Overview>;
