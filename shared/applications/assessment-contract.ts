/**
 * The secretariat's assessment of an application and the steering group's meetings: what the
 * secretariat sends and gets back. The enums derive from assessment.ts's lists. Apart from
 * contract.ts so that joint applications and this work can change the capability side by side;
 * contract.ts takes `Assessment` from here for the application it shows.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { CohortId } from '../cohorts/contract.ts';
import { IsoDate, IsoDateTime, MultiLineText, MunicipalityNumber } from '../platform/contract/common.ts';
import { MANDATORY_ELEMENTS, RECOMMENDATIONS } from './assessment-model.ts';

export const MandatoryElement = /* @__PURE__ */ schema(() =>
  z.enum(MANDATORY_ELEMENTS).meta({
    id: 'MandatoryElement',
    description:
      'focus-areas = care and/or childhood-education; approach = how the municipality means to work; own-goals = its own improvement goals; sick-leave-target = the obligatory reduction target; tripartite-representation = elected officials, management and union representatives in the local steering; political-decision = anchoring with the elected officials; own-budget = the work within the municipality’s own budget',
  }),
);

export const ElementAssessment = /* @__PURE__ */ schema(() =>
  z
    .object({
      element: MandatoryElement,
      met: z.boolean(),
      note: MultiLineText(2_000).optional(),
    })
    .meta({ id: 'ElementAssessment' }),
);

export const AssessmentRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      elements: z.array(ElementAssessment).max(MANDATORY_ELEMENTS.length * 2).meta({ description: `Every mandatory element exactly once: ${MANDATORY_ELEMENTS.join(', ')}` }),
      recommendation: z.enum(RECOMMENDATIONS).meta({ description: 'The secretariat’s recommendation to the steering group' }),
      reasoning: MultiLineText(5_000).meta({ description: 'Why; quoted in the decision letter when the steering group follows the recommendation without a reason of its own' }),
    })
    .meta({ id: 'AssessmentRequest' }),
);

export const Assessment = /* @__PURE__ */ schema(() =>
  AssessmentRequest.extend({
    assessedBy: z.string(),
    assessedAt: IsoDateTime,
    version: z.number().int().min(1).meta({ description: '1 for the first assessment; each new assessment of the same application counts up' }),
  }).meta({ id: 'Assessment' }),
);

export const SteeringGroupDecisionItem = /* @__PURE__ */ schema(() =>
  z
    .object({
      applicationId: z.string().regex(/^[0-9a-f-]{36}$/, 'An application id is a UUID'),
      outcome: z.enum(['admitted', 'rejected']),
      reason: MultiLineText(5_000)
        .optional()
        .meta({ description: 'Why; quoted in the letter. Required when the outcome differs from the assessment’s recommendation (or there is no assessment); otherwise the assessment’s reasoning is quoted' }),
    })
    .meta({ id: 'SteeringGroupDecisionItem' }),
);

export const SteeringGroupDecisionsRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      meetingDate: IsoDate.meta({ description: 'The day of the meeting (not in the future): each admission counts from it' }),
      decisions: z.array(SteeringGroupDecisionItem).min(1).max(100).meta({ description: 'Each application of the cohort once; all are recorded, or none (one transaction)' }),
    })
    .meta({ id: 'SteeringGroupDecisionsRequest' }),
);

export const SteeringGroupDecision = /* @__PURE__ */ schema(() =>
  z
    .object({
      applicationId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      outcome: z.enum(['admitted', 'rejected']),
      reason: z.string(),
      recommendation: z.enum(RECOMMENDATIONS).optional().meta({ description: 'The assessment’s recommendation the steering group had before it (absent: not assessed)' }),
    })
    .meta({ id: 'SteeringGroupDecision' }),
);

export const SteeringGroupMeeting = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: CohortId,
      cohortName: z.string(),
      meetingDate: IsoDate,
      decisions: z.array(SteeringGroupDecision),
      admitted: z.number().int(),
      rejected: z.number().int(),
      recordedBy: z.string(),
      recordedAt: IsoDateTime,
    })
    .meta({ id: 'SteeringGroupMeeting', description: 'A meeting of the steering group and the decisions it took, recorded at once' }),
);

export const SteeringGroupMeetingList = /* @__PURE__ */ schema(() =>
  z.object({ meetings: z.array(SteeringGroupMeeting).meta({ description: 'Oldest meeting first' }) }).meta({ id: 'SteeringGroupMeetingList' }),
);

export const SteeringGroupMeetingParams = /* @__PURE__ */ schema(() => z.object({ cohortId: CohortId, meetingId: z.string().regex(/^[0-9a-f-]{36}$/, 'A meeting id is a UUID') }));

export type ElementAssessment = z.infer<typeof ElementAssessment>;
export type AssessmentRequest = z.infer<typeof AssessmentRequest>;
export type Assessment = z.infer<typeof Assessment>;
export type SteeringGroupDecisionItem = z.infer<typeof SteeringGroupDecisionItem>;
export type SteeringGroupDecisionsRequest = z.infer<typeof SteeringGroupDecisionsRequest>;
export type SteeringGroupDecision = z.infer<typeof SteeringGroupDecision>;
export type SteeringGroupMeeting = z.infer<typeof SteeringGroupMeeting>;
