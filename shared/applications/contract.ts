/**
 * Applications ("søknader") to join the programme: what a municipality must send, and what it
 * gets back. The zod schemas are the contract: they validate requests, type the code and
 * generate the OpenAPI document.
 */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { APPLICATION_STATUSES, FOCUS_AREAS, missingSteeringParties, STEERING_ROLES, type ContactPerson, type SickLeaveCommitment } from './model.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { CohortId } from '../cohorts/contract.ts';
import { Contact, IsoDate, IsoDateTime, MultiLineText, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { Assessment } from './assessment-contract.ts';

export const FocusArea = /* @__PURE__ */ schema(() =>
  z.enum(FOCUS_AREAS).meta({
    id: 'FocusArea',
    description: 'care = pleie og omsorg; childhood-education = oppvekst (barnehage og skole)',
  }),
);

const Percentage = /* @__PURE__ */ schema(() => z.number().min(0).max(100));

export const SickLeaveTarget = /* @__PURE__ */ schema(() =>
  z
    .object({
      baselineYear: z.number().int().min(2000).max(2100).meta({ description: 'Year whose sick-leave percentage is the starting point' }),
      baselinePercentage: Percentage.meta({ description: 'Sick-leave % in the baseline year (lost / agreed working days × 100)', example: 9.8 }),
      targetPercentage: Percentage.meta({ description: 'Sick-leave % the municipality commits to reach', example: 8.0 }),
      targetDate: IsoDate.meta({ description: 'When the target is to be reached' }),
    })
    .refine((t) => t.targetPercentage < t.baselinePercentage, {
      path: ['targetPercentage'],
      message: 'The target must be lower than the baseline: reducing sickness absence is an obligatory goal',
      ...whenValid('targetPercentage', 'baselinePercentage'),
    })
    .meta({ id: 'SickLeaveTarget', description: 'The obligatory sick-leave reduction target' }),
);

export const SteeringGroupMember = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(200),
      role: z.enum(STEERING_ROLES).meta({ description: 'elected-official = folkevalgt; management = ledelsen; union-representative = tillitsvalgt' }),
      title: SingleLineText(200).meta({ example: 'Ordfører' }),
      email: z.email().max(254).optional().meta({ description: 'When given, the member becomes a person of the municipality (with this role) once the municipality is admitted' }),
    })
    .meta({ id: 'SteeringGroupMember' }),
);

export const PoliticalDecision = /* @__PURE__ */ schema(() =>
  z
    .object({
      decidedBy: SingleLineText(200).meta({ example: 'Kommunestyret' }),
      date: IsoDate,
      caseReference: SingleLineText(100).meta({ example: 'PS 12/07' }),
    })
    .meta({ id: 'PoliticalDecision', description: 'The political decision anchoring the application' }),
);

/** What an application says, all of it mandatory for a submission. */
export const ApplicationContent = /* @__PURE__ */ schema(() =>
  z
    .object({
      projectLeader: Contact.meta({ description: 'The local project leader: receives every email' }),
      focusAreas: z
        .array(FocusArea)
        .min(1, 'Name at least one focus area: care and/or childhood-education')
        .refine((areas) => new Set(areas).size === areas.length, 'Each focus area only once'),
      approach: MultiLineText(10_000, 20).meta({ description: 'How the municipality means to work' }),
      goals: z.array(SingleLineText(1_000)).max(20).default([]).meta({ description: 'The municipality’s own improvement goals' }),
      sickLeaveTarget: SickLeaveTarget,
      steeringGroup: z
        .array(SteeringGroupMember)
        .max(30)
        .superRefine((members, ctx) => {
          const missing = missingSteeringParties(members);
          if (missing.length > 0) {
            ctx.addIssue({
              code: 'custom',
              message: `The local steering must include elected officials, management and union representatives; missing: ${missing.join(', ')}`,
            });
          }
        }),
      politicalDecision: PoliticalDecision,
    }),
);

export const SubmitApplicationRequest = /* @__PURE__ */ schema(() => ApplicationContent.extend({ cohortId: CohortId }).meta({ id: 'SubmitApplicationRequest' }));

/** A draft: the cohort, and whatever parts are ready (each part, when present, must be valid). */
export const ApplicationDraftRequest = /* @__PURE__ */ schema(() =>
  ApplicationContent.partial()
    .extend({ cohortId: CohortId })
    .meta({ id: 'ApplicationDraftRequest' }),
);

export const UpdateApplicationDraftRequest = /* @__PURE__ */ schema(() => ApplicationContent.partial().meta({ id: 'UpdateApplicationDraftRequest' }));

export const DecisionRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      outcome: z.enum(['admitted', 'rejected']),
      reason: MultiLineText(5_000).meta({ description: 'Why; quoted in the letter to the municipality' }),
      decidedOn: IsoDate.optional().meta({ description: 'Day of the steering group’s decision (default: today); admission counts from it' }),
    })
    .meta({ id: 'DecisionRequest' }),
);

export const Decision = /* @__PURE__ */ schema(() => DecisionRequest.extend({ decidedOn: IsoDate, decidedAt: IsoDateTime, decidedBy: z.string() }).meta({ id: 'Decision' }));

export const Application = /* @__PURE__ */ schema(() =>
  ApplicationContent.partial()
    .extend({
      id: z.string(),
      cohortId: CohortId,
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      status: z.enum(APPLICATION_STATUSES),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      submittedAt: IsoDateTime.optional(),
      withdrawnAt: IsoDateTime.optional(),
      decision: Decision.optional(),
      jointProject: z
        .object({ id: z.string(), name: z.string() })
        .optional()
        .meta({ description: 'Set when the application is one member’s part of a joint application (POST /joint-applications): the joint application’s id and name' }),
      assessment: Assessment.optional().meta({ description: 'The secretariat’s latest assessment against the mandatory elements, with its recommendation (PUT /applications/{id}/assessment)' }),
    })
    .meta({ id: 'Application', description: 'Drafts may lack parts; a submitted application has them all' }),
);

export const ApplicationSummary = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: CohortId,
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      status: z.enum(APPLICATION_STATUSES),
      updatedAt: IsoDateTime,
    })
    .meta({ id: 'ApplicationSummary' }),
);

export const ApplicationList = /* @__PURE__ */ schema(() =>
  z
    .object({ applications: z.array(ApplicationSummary), countsByStatus: z.record(z.string(), z.number().int()), nextCursor: NextCursor })
    .meta({ id: 'ApplicationList' }),
);

export const ListApplicationsQuery = /* @__PURE__ */ schema(() =>
  z.object({
    cohortId: CohortId.optional(),
    status: z.enum(APPLICATION_STATUSES).optional(),
    ...PageQuery,
  }),
);

export const ApplicationIdParams = /* @__PURE__ */ schema(() =>
  z.object({
    id: z.string().regex(/^[0-9a-f-]{36}$/, 'An application id is a UUID'),
  }),
);

export type ApplicationContent = z.infer<typeof ApplicationContent>;
export type SubmitApplicationRequest = z.infer<typeof SubmitApplicationRequest>;
export type ApplicationDraftRequest = z.infer<typeof ApplicationDraftRequest>;
export type Application = z.infer<typeof Application>;
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;
export type Decision = z.infer<typeof Decision>;

// The model's types are written out in model.ts (which must not import this file); these types
// fail to compile when a schema and its model type drift apart (no code at run time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type ContactMatchesModel = Holds<Same<z.infer<typeof Contact>, ContactPerson>>;
type SickLeaveTargetMatchesModel = Holds<Same<z.infer<typeof SickLeaveTarget>, SickLeaveCommitment>>;
