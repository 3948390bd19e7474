/**
 * Sick-leave figures as municipalities' systems upload them (JSON or CSV), and what the API
 * answers about them. Figures are aggregates (a municipality, sector or unit), never per person.
 */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { isPeriod, SECTORS } from './model.ts';
import { TARGET_STATUSES } from '../target-status/model.ts';
import { IsoDate, IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';

const Days = /* @__PURE__ */ schema(() => z.number().finite().min(0).max(1e9));

export const AbsenceRow = /* @__PURE__ */ schema(() =>
  z
    .object({
      period: z.string().refine(isPeriod, 'A period is a quarter (2008Q1) or a month (2008-03)').meta({ example: '2008Q1' }),
      sector: z.enum(SECTORS).optional().meta({ description: 'care, kindergarten, school or other; leave out for the whole municipality' }),
      unit: SingleLineText(100).optional().meta({ description: 'A unit (a breakdown, not added to the total); not with sector' }),
      lostDays: Days.optional().meta({ description: 'Lost working days (tapte dagsverk); the sum of the two parts when both are given' }),
      agreedDays: Days.refine((d) => d > 0, 'Agreed working days must be more than 0').meta({ description: 'Agreed working days (avtalte dagsverk)' }),
      selfCertifiedLostDays: Days.optional().meta({ description: 'Of the lost days, self-certified (egenmeldt)' }),
      doctorCertifiedLostDays: Days.optional().meta({ description: 'Of the lost days, doctor-certified (legemeldt)' }),
    })
    .superRefine((row, ctx) => {
      if (row.sector && row.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Give a sector or a unit, not both' });
      const parts = row.selfCertifiedLostDays !== undefined && row.doctorCertifiedLostDays !== undefined;
      if (row.lostDays === undefined && !parts) {
        ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Required (or give both selfCertifiedLostDays and doctorCertifiedLostDays)' });
      }
      const lost = row.lostDays ?? (parts ? row.selfCertifiedLostDays! + row.doctorCertifiedLostDays! : 0);
      if (parts && row.lostDays !== undefined && Math.abs(row.selfCertifiedLostDays! + row.doctorCertifiedLostDays! - row.lostDays) > 0.01) {
        ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Must equal selfCertifiedLostDays + doctorCertifiedLostDays' });
      }
      if (lost > row.agreedDays) ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Cannot exceed agreedDays' });
    })
    .meta({ id: 'AbsenceRow' }),
);

export const BulkAbsenceRow = /* @__PURE__ */ schema(() => AbsenceRow.safeExtend({ municipalityNumber: MunicipalityNumber }).meta({ id: 'BulkAbsenceRow' }));

/** At most this many rows per upload (a secretariat bulk file of all ~430 municipalities × 12 quarters × 5 scopes fits). */
export const MAX_UPLOAD_ROWS = 50_000;

export const AbsenceUploadRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ rows: z.array(AbsenceRow).min(1).max(MAX_UPLOAD_ROWS) })
    .meta({ id: 'AbsenceUploadRequest', description: 'Or send text/csv with the columns period, sector, unit, lostDays, agreedDays, selfCertifiedLostDays, doctorCertifiedLostDays' }),
);

export const BulkAbsenceUploadRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ rows: z.array(BulkAbsenceRow).min(1).max(MAX_UPLOAD_ROWS) })
    .meta({ id: 'BulkAbsenceUploadRequest', description: 'Or send text/csv with municipalityNumber and the columns of a municipality’s upload' }),
);

export const UploadReceipt = /* @__PURE__ */ schema(() =>
  z
    .object({
      uploadId: z.string(),
      receivedAt: IsoDateTime,
      rows: z.number().int(),
      municipalities: z.number().int(),
      quarters: z.array(z.string()),
      duplicate: z.boolean().meta({ description: 'True when the same content was already received in the last 24 hours (nothing new written)' }),
    })
    .meta({ id: 'UploadReceipt' }),
);

export const AbsenceFigureView = /* @__PURE__ */ schema(() =>
  z
    .object({
      period: z.string(),
      scope: z.string().meta({ description: 'total, sector:<sector> or unit:<name>' }),
      lostDays: z.number(),
      agreedDays: z.number(),
      percentage: z.number(),
      selfCertifiedLostDays: z.number().optional(),
      doctorCertifiedLostDays: z.number().optional(),
      uploadId: z.string(),
      revisions: z.number().int().meta({ description: 'How many uploads gave this figure; the latest counts' }),
      history: z
        .array(z.object({ uploadId: z.string(), lostDays: z.number(), agreedDays: z.number() }))
        .meta({ description: 'Earlier revisions, oldest first' }),
    })
    .meta({ id: 'AbsenceFigure' }),
);

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

const GroupFigure = /* @__PURE__ */ schema(() => z.object({ municipalities: z.number().int(), lostDays: z.number(), agreedDays: z.number(), percentage: z.number().nullable() }));

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

export type AbsenceRow = z.infer<typeof AbsenceRow>;
export type BulkAbsenceRow = z.infer<typeof BulkAbsenceRow>;
export type UploadReceipt = z.infer<typeof UploadReceipt>;
export type StoredTargetStatus = z.infer<typeof StoredTargetStatus>;

/** Where upload objects live in the bucket: `absence-uploads/<uploadId>` (the `uploads:*` grants reach only these). */
export const UPLOAD_OBJECT_PREFIX = 'absence-uploads/';
