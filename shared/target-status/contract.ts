/**
 * What the API answers about target statuses: a participant's assessment against its
 * sick-leave target, the stored status, and the series of figures it is assessed from.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { TARGET_STATUSES } from './model.ts';
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
        .object({ quarter: z.string(), percentage: z.number(), basis: z.enum(['rolling-four-quarters', 'same-quarter-as-baseline-year']), lostDays: z.number(), agreedDays: z.number() })
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
      lostDays: z.number(),
      agreedDays: z.number(),
      percentage: z.number(),
      rollingFourQuarters: z.number().optional().meta({ description: '% over the four quarters ending here (summed days)' }),
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

export type StoredTargetStatus = z.infer<typeof StoredTargetStatus>;
