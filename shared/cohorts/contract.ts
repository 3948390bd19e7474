/** Cohorts ("puljer") and their report plan: the wire schemas, derived from the model (their gatherings: shared/gatherings). */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { COHORT_ACTIONS, COHORT_STATUSES, REPORT_TYPES, type CohortRecord } from './model.ts';
import { IsoDate, IsoDateTime, SingleLineText } from '../platform/contract/common.ts';

export const CohortId = /* @__PURE__ */ schema(() => z.string().regex(/^[0-9a-f-]{36}$/, 'A cohort id is a UUID'));

export const CreateCohortRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(100).meta({ example: 'Pulje III' }),
      applicationWindow: z
        .object({ opensOn: IsoDate, closesOn: IsoDate })
        .refine((w) => w.opensOn <= w.closesOn, { path: ['closesOn'], message: 'The window must close on or after it opens', ...whenValid('opensOn', 'closesOn') }),
      startDate: IsoDate.meta({ description: 'When the local projects start (kickoff)' }),
      durationYears: z.union([z.literal(2), z.literal(3)]).meta({ description: 'Local projects last 2-3 years' }),
    })
    .refine((c) => c.applicationWindow.closesOn <= c.startDate, { path: ['startDate'], message: 'The cohort starts after its application window closes', ...whenValid('applicationWindow', 'startDate') })
    .meta({ id: 'CreateCohortRequest' }),
);

export const ReportType = /* @__PURE__ */ schema(() => z.enum(REPORT_TYPES).meta({ id: 'ReportType', description: 'project-plan = prosjektplan; status-report = statusrapport; final-evaluation = sluttevaluering' }));

export const PlannedReport = /* @__PURE__ */ schema(() =>
  z
    .object({ type: ReportType, title: SingleLineText(100), monthsAfterStart: z.number().int().min(0).max(60) })
    .meta({ id: 'PlannedReport' }),
);

export const ReportPlanRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ reports: z.array(PlannedReport).min(1).max(30) })
    .meta({ id: 'ReportPlanRequest', description: 'Reports every municipality admitted from now on owes, by months after the cohort’s start' }),
);

export const Cohort = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: CohortId,
      name: z.string(),
      status: z.enum(COHORT_STATUSES),
      applicationWindow: z.object({ opensOn: IsoDate, closesOn: IsoDate }),
      startDate: IsoDate,
      durationYears: z.number().int(),
      endDate: IsoDate.meta({ description: 'Exclusive end: startDate + durationYears' }),
      createdAt: IsoDateTime,
      statusChangedAt: IsoDateTime,
      reportPlan: z
        .array(PlannedReport)
        .optional()
        .meta({ description: 'Reports each participant owes (default: project plan after 2 months, status every 6, final evaluation at the end)' }),
    })
    .meta({ id: 'Cohort' }),
);

export const CohortTransitionRequest = /* @__PURE__ */ schema(() => z.object({ action: z.enum(COHORT_ACTIONS) }).meta({ id: 'CohortTransitionRequest' }));

export const CohortParams = /* @__PURE__ */ schema(() => z.object({ cohortId: CohortId }));

export const CohortList = /* @__PURE__ */ schema(() => z.object({ cohorts: z.array(Cohort) }).meta({ id: 'CohortList' }));

export type CreateCohortRequest = z.infer<typeof CreateCohortRequest>;
export type Cohort = z.infer<typeof Cohort>;
export type ReportPlanRequest = z.infer<typeof ReportPlanRequest>;

/** Both ways assignable: the wire schema describes exactly the model's cohort (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type CohortSchemaMatchesModel = Assert<Same<Cohort, CohortRecord>>;
