/** The secretariat's overview: participation against the programme goal, and applications. */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
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

const GroupFigure = /* @__PURE__ */ schema(() =>
  z.object({
    municipalities: z.number().int(),
    suppressed: z.boolean().meta({ description: 'True when the group is about fewer persons than the disclosure threshold (its largest part), or would give such a group away by subtraction: no days, no percentage (docs/disclosure-control.md)' }),
    lostDays: z.number().optional(),
    agreedDays: z.number().optional(),
    percentage: z.number().nullable(),
  }),
);

const NationalFigure = /* @__PURE__ */ schema(() =>
  z
    .object({
      percentage: z.number(),
      selfCertifiedPercentage: z.number(),
      doctorCertifiedPercentage: z.number(),
      source: z.string().meta({ description: 'Kilde: Statistisk sentralbyrå (NLOD)' }),
    })
    .nullable()
    .meta({ description: 'Statistics Norway’s published figure for all employees, to its published decimal; null outside the series (2000Q2-2011Q3)' }),
);

export const AbsenceComparison = /* @__PURE__ */ schema(() =>
  z
    .object({
      from: z.string(),
      to: z.string(),
      quarters: z.array(
        z.object({
          quarter: z.string(),
          participants: GroupFigure,
          nonParticipants: GroupFigure,
          national: NationalFigure,
          difference: z.number().nullable().meta({ description: 'Participants minus others, in percentage points' }),
          byCohort: z.array(GroupFigure.extend({ id: z.string(), name: z.string() })),
          byNetwork: z.array(GroupFigure.extend({ id: z.string(), name: z.string() })),
        }),
      ),
    })
    .meta({ id: 'AbsenceComparison', description: 'Participants (admitted by the quarter’s end) against the other municipalities, from summed days' }),
);

const Quarter = /* @__PURE__ */ schema(() => z.string().regex(/^\d{4}Q[1-4]$/, 'A quarter like 2008Q1'));
export const AbsenceComparisonQuery = /* @__PURE__ */ schema(() =>
  z
    .object({ from: Quarter.default('2007Q1'), to: Quarter.default('2009Q4') })
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from', ...whenValid('from', 'to') }),
);

export type Overview = z.infer<typeof Overview>;
