/** Stimulus funds: the budget per year and line, grants, their decisions, payments and accounts; every amount in whole øre. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { CohortId } from '../cohorts/contract.ts';
import { IsoDate, IsoDateTime, MultiLineText, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { BUDGET_LINES, GRANT_STATUSES } from './model.ts';

const WHOLE_ORE = 'Whole øre (an integer: 1 NOK = 100 øre), never a decimal';

/** An amount in øre: a whole number, 0 or more (a safe integer, so sums stay exact). */
export const Ore = /* @__PURE__ */ schema(() =>
  z
    .number({ error: WHOLE_ORE })
    .int({ error: WHOLE_ORE })
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: 'øre (1 NOK = 100 øre), a whole number', example: 300_000 }),
);
const PositiveOre = /* @__PURE__ */ schema(() => Ore.min(1, { error: 'At least 1 øre' }));

export const BudgetLineName = /* @__PURE__ */ schema(() =>
  z.enum(BUDGET_LINES).meta({ id: 'BudgetLineName', description: 'secretariat = sekretariat (sentralt og lokale veiledere); competence-development = kompetanseutvikling; stimulus-funds = stimuleringsmidler' }),
);

export const BudgetYear = /* @__PURE__ */ schema(() => z.coerce.number({ error: 'A year, such as 2007' }).int().min(2000).max(2100).meta({ example: 2007 }));

export const BudgetParams = /* @__PURE__ */ schema(() => z.object({ year: BudgetYear }));

export const BudgetRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      lines: z.object({ secretariat: Ore, 'competence-development': Ore, 'stimulus-funds': Ore }).strict(),
      source: SingleLineText(500).optional().meta({ description: 'Where the figures come from (a decision, an agreement)' }),
    })
    .meta({ id: 'BudgetRequest', description: 'Each line’s budget in øre; a line cannot be set below what is granted from it already (409)' }),
);

const BudgetLineView = /* @__PURE__ */ schema(() =>
  z.object({ line: BudgetLineName, budget: Ore, granted: Ore, paid: Ore, remaining: z.number().int().meta({ description: 'øre: budget less granted' }) }),
);

export const Budget = /* @__PURE__ */ schema(() =>
  z
    .object({
      year: z.number().int(),
      lines: z.array(BudgetLineView),
      source: z.string().optional(),
      isDefault: z.boolean().meta({ description: 'True while the year has the shipped default (data/budget.json) and the secretariat has not set it' }),
    })
    .meta({ id: 'Budget' }),
);

export const GrantApplication = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: CohortId,
      municipalityNumber: MunicipalityNumber.optional().meta({ description: 'The applicant (a participant of the cohort); a municipality’s own caller may leave it out' }),
      purpose: MultiLineText(5_000),
      amountRequested: PositiveOre,
      year: z.number({ error: 'A year, such as 2007' }).int().min(2000).max(2100).optional().meta({ description: 'The budget year granted from; the year (in Norway) of the application when left out' }),
      line: BudgetLineName.optional().meta({ description: 'The line granted from; stimulus-funds when left out' }),
    })
    .meta({ id: 'GrantApplication' }),
);

export const GrantDecisionRequest = /* @__PURE__ */ schema(() =>
  z.object({ granted: Ore.meta({ description: 'øre granted: at most the amount requested; 0 declines' }), comment: MultiLineText(5_000, 0).default('') }).meta({ id: 'GrantDecisionRequest' }),
);

export const GrantPaymentRequest = /* @__PURE__ */ schema(() =>
  z.object({ paidOn: IsoDate, amount: PositiveOre.optional().meta({ description: 'øre paid; what is granted and not yet paid when left out' }) }).meta({ id: 'GrantPaymentRequest' }),
);

export const GrantAccountRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      reportId: z.string().regex(/^[0-9a-f]{32}$/, 'A report id').optional().meta({ description: 'The report that accounts for the grant, if any' }),
      spentAmount: Ore,
      description: MultiLineText(10_000),
    })
    .meta({ id: 'GrantAccountRequest' }),
);

export const Grant = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      year: z.number().int(),
      line: BudgetLineName,
      purpose: z.string(),
      amountRequested: Ore,
      status: z.enum(GRANT_STATUSES),
      appliedAt: IsoDateTime,
      appliedBy: z.string(),
      decision: z.object({ granted: Ore, comment: z.string(), by: z.string(), at: IsoDateTime }).optional(),
      paidAmount: Ore,
      payments: z.array(z.object({ paidOn: IsoDate, amount: Ore, by: z.string(), at: IsoDateTime })),
      account: z.object({ spentAmount: Ore, description: z.string(), reportId: z.string().optional(), by: z.string(), at: IsoDateTime }).optional(),
    })
    .meta({ id: 'Grant' }),
);

export const GrantParams = /* @__PURE__ */ schema(() => z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'A grant id') }));

export const ListGrantsQuery = /* @__PURE__ */ schema(() => z.object({ cohortId: CohortId }));

export const GrantList = /* @__PURE__ */ schema(() => z.object({ grants: z.array(Grant) }).meta({ id: 'GrantList' }));

export const BudgetOverviewQuery = /* @__PURE__ */ schema(() => z.object({ year: BudgetYear }));

const Sums = () => ({ granted: Ore, paid: Ore, unpaid: z.number().int().meta({ description: 'øre granted, not yet paid' }) });

export const BudgetOverview = /* @__PURE__ */ schema(() =>
  z
    .object({
      year: z.number().int(),
      lines: z.array(BudgetLineView),
      cohorts: z.array(z.object({ cohortId: z.string(), ...Sums(), lines: z.array(z.object({ line: BudgetLineName, ...Sums() })) })),
      totals: z.object({ budget: Ore, granted: Ore, paid: Ore, remaining: z.number().int() }),
    })
    .meta({ id: 'BudgetOverview', description: 'Per line: budget, granted, paid and remaining; per cohort: granted, paid and unpaid (in all, and per line). øre.' }),
);

export type BudgetRequest = z.infer<typeof BudgetRequest>;
export type GrantApplication = z.infer<typeof GrantApplication>;
