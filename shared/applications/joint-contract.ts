/**
 * Joint applications ("felles søknad"): two or more municipalities apply as one project, with one
 * project leader and one name, each with its own political decision, steering parties, target and
 * goals. Each member's part becomes an ordinary application of the cohort (decided on its own);
 * the joint application ties them together and carries the project's joint sick-leave target.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { Contact, IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { CohortId } from '../cohorts/contract.ts';
import { APPLICATION_STATUSES, MAX_JOINT_MEMBERS } from './model.ts';
import { ApplicationContent, SickLeaveTarget } from './contract.ts';

export const JointApplicationMember = /* @__PURE__ */ schema(() =>
  ApplicationContent.omit({ projectLeader: true })
    .extend({ municipalityNumber: MunicipalityNumber })
    .meta({ id: 'JointApplicationMember', description: 'One municipality’s part: its own political decision, steering parties (each municipality’s management, union representatives and elected officials), focus areas, approach, target and goals' }),
);

export const JointApplicationRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: CohortId,
      name: SingleLineText(200).meta({ example: 'Kvalitetskommuneprogrammet i Verdal og Levanger' }),
      projectLeader: Contact.extend({ municipalityNumber: MunicipalityNumber.meta({ description: 'The member municipality the project leader works for' }) }).meta({
        description: 'The joint project’s one project leader: receives every email of every member',
      }),
      sickLeaveTarget: SickLeaveTarget.meta({ description: 'The joint project’s target, assessed against the members’ summed days (GET /joint-projects/{id}/target-status)' }),
      members: z
        .array(JointApplicationMember)
        .min(2, 'A joint application has at least two municipalities')
        .max(MAX_JOINT_MEMBERS, `At most ${MAX_JOINT_MEMBERS} municipalities: all of them are written in one transaction`)
        .superRefine((members, ctx) => {
          const seen = new Set<string>();
          members.forEach((m, i) => {
            if (seen.has(m.municipalityNumber)) ctx.addIssue({ code: 'custom', path: [i, 'municipalityNumber'], message: `Municipality ${m.municipalityNumber} is named twice` });
            seen.add(m.municipalityNumber);
          });
        }),
    })
    .superRefine((request, ctx) => {
      if (!request.members.some((m) => m.municipalityNumber === request.projectLeader.municipalityNumber)) {
        ctx.addIssue({ code: 'custom', path: ['projectLeader', 'municipalityNumber'], message: 'The project leader works for one of the member municipalities' });
      }
    })
    .meta({ id: 'JointApplicationRequest' }),
);

export const JointApplication = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: CohortId,
      name: z.string(),
      projectLeader: Contact.extend({ municipalityNumber: MunicipalityNumber }),
      sickLeaveTarget: SickLeaveTarget,
      members: z.array(
        z.object({
          municipalityNumber: MunicipalityNumber,
          municipalityName: z.string(),
          applicationId: z.string().meta({ description: 'The member’s own application: decided, withdrawn or rejected on its own' }),
          status: z.enum(APPLICATION_STATUSES).meta({ description: 'The member application’s status, as it is now' }),
        }),
      ),
      submittedAt: IsoDateTime,
      submittedBy: z.string(),
    })
    .meta({ id: 'JointApplication' }),
);

export const JointApplicationParams = /* @__PURE__ */ schema(() => z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, 'A joint application id is a UUID') }));

export type JointApplicationRequest = z.infer<typeof JointApplicationRequest>;
export type JointApplication = z.infer<typeof JointApplication>;
