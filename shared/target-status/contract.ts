/**
 * What the API answers about target statuses: a participant's assessment against its
 * sick-leave target, the stored status, and the series of figures it is assessed from.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { COMPARISON_BASES, TARGET_STATUSES } from './model.ts';
import { AbsenceFigureView } from '../absence/contract.ts';
import { IsoDate, IsoDateTime, MunicipalityNumber } from '../platform/contract/common.ts';

export const TargetAssessmentView = /* @__PURE__ */ schema(() =>
  z
    .object({
      status: z.enum(TARGET_STATUSES),
      baselinePercentage: z.number(),
      targetPercentage: z.number(),
      targetDate: IsoDate,
      latest: z
        .object({
          quarter: z.string().meta({ description: 'The latest quarter with figures' }),
          basis: z.enum(COMPARISON_BASES).meta({ description: 'rolling-four-quarters, or the quarters of the last four with figures against the same quarters of the baseline year (summed days)' }),
          quarters: z.array(z.string()).meta({ description: 'The quarters the figure rests on' }),
          percentage: z.number().optional().meta({ description: 'Left out when suppressed' }),
          lostDays: z.number().optional().meta({ description: 'Summed over the quarters; left out when suppressed' }),
          agreedDays: z.number().optional().meta({ description: 'Summed over the quarters; left out when suppressed' }),
          headcount: z.number().int().optional().meta({ description: 'The largest headcount among the quarters, when each gave one' }),
          suppressed: z.boolean().optional().meta({ description: 'True when the figure is about fewer persons than the disclosure threshold and the reader is not the municipality’s own (docs/disclosure-control.md)' }),
        })
        .optional(),
      expectedPercentage: z.number().optional(),
      explanation: z.string(),
    })
    .meta({ id: 'TargetAssessment' }),
);

export const StoredTargetStatus = /* @__PURE__ */ schema(() =>
  TargetAssessmentView.extend({
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    cohortId: z.string(),
    assessedAt: IsoDateTime,
    statusSince: IsoDateTime,
  }).meta({ id: 'TargetStatus' }),
);

export const QuarterFigure = /* @__PURE__ */ schema(() =>
  z
    .object({
      quarter: z.string(),
      suppressed: z.boolean().meta({ description: 'True when the quarter’s total is suppressed for this reader (docs/disclosure-control.md); then only the quarter is given' }),
      suppressedForOthers: z.enum(['small', 'complementary']).optional().meta({ description: 'Only to the municipality’s own people: how readers outside it see this quarter' }),
      lostDays: z.number().optional(),
      agreedDays: z.number().optional(),
      percentage: z.number().optional(),
      headcount: z.number().int().optional().meta({ description: 'Persons covered, when known (for months: the largest month)' }),
      selfCertifiedPercentage: z.number().optional().meta({ description: 'Self-certified (egenmeldt) part, when every part gave it' }),
      doctorCertifiedPercentage: z.number().optional().meta({ description: 'Doctor-certified (legemeldt) part, when every part gave it' }),
      rollingFourQuarters: z.number().optional().meta({ description: '% over the four quarters ending here (summed days)' }),
      sameQuarterLastYear: z.number().optional().meta({ description: '% in the same quarter a year earlier' }),
      yearOverYearChange: z.number().optional().meta({ description: 'Percentage points against the same quarter a year earlier (NAV’s trend)' }),
    })
    .meta({ id: 'QuarterFigure' }),
);

export const AbsenceSeries = /* @__PURE__ */ schema(() =>
  z
    .object({ municipalityNumber: MunicipalityNumber, figures: z.array(AbsenceFigureView), quarterly: z.array(QuarterFigure), targetStatus: StoredTargetStatus.nullable() })
    .meta({ id: 'AbsenceSeries' }),
);

export const TargetStatusOverview = /* @__PURE__ */ schema(() =>
  z
    .object({ counts: z.record(z.string(), z.number().int()), statuses: z.array(StoredTargetStatus) })
    .meta({ id: 'TargetStatusOverview' }),
);

export const JointTargetStatus = /* @__PURE__ */ schema(() =>
  z
    .object({
      jointProjectId: z.string(),
      name: z.string(),
      assessment: TargetAssessmentView.extend({
        quartersSummed: z.array(z.string()).meta({ description: 'Quarters for which every admitted member has figures: their lost and agreed days are summed' }),
      }).meta({ description: 'The joint target against the admitted members’ summed days, by the same rule as one participant’s' }),
      members: z.array(
        z.object({
          municipalityNumber: MunicipalityNumber,
          municipalityName: z.string(),
          applicationStatus: z.string().meta({ description: 'The member’s own application: admitted members count; rejected or withdrawn ones are listed, not summed' }),
          targetStatus: TargetAssessmentView.nullable().meta({ description: 'The member’s own status against its own target (null until it is assessed, or when it is not admitted)' }),
        }),
      ),
    })
    .meta({ id: 'JointTargetStatus' }),
);

export const JointProjectParams = /* @__PURE__ */ schema(() => z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, 'A joint project id is its joint application’s id, a UUID') }));

export type StoredTargetStatus = z.infer<typeof StoredTargetStatus>;
