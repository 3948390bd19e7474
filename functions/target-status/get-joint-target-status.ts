import { jointApplicationsRepository } from '#shared/applications/index.ts';
import { absenceRepository, disclosureRule, seesOwnFigures } from '#shared/absence/index.ts';
import { assessJoint, disclosedAssessment, targetStatusRepository } from '#shared/target-status/index.ts';
import { recordRead } from '#shared/platform/audit/audit-log.ts';
import { programmeTable } from '#shared/platform/dynamodb/table.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getJointTargetStatus } from '#shared/target-status/routes.ts';

/**
 * GET /joint-projects/{id}/target-status: the joint target against the admitted members' summed
 * days, beside each member's own status. Read like a municipality's figures: audited, and a
 * figure about few persons shown only to the project's own municipalities.
 */
export const handler = httpHandler(getJointTargetStatus, async ({ params, principal }) => {
  const joint = await jointApplicationsRepository().visibleTo(principal, params.id);
  const admitted = joint.members.filter((m) => m.status === 'admitted');
  const [figures, statuses] = await Promise.all([
    Promise.all(admitted.map(async (m) => ({ municipalityNumber: m.municipalityNumber, figures: await absenceRepository().figuresOf(m.municipalityNumber) }))),
    Promise.all(joint.members.map((m) => (m.status === 'admitted' ? targetStatusRepository().get(m.municipalityNumber) : undefined))),
    recordRead(programmeTable().auditTableName, 'read:absence-figures', joint.members.map((m) => `municipality:${m.municipalityNumber}`)),
  ]);
  const rule = disclosureRule();
  const ownProject = joint.members.some((m) => seesOwnFigures(principal, m.municipalityNumber));
  return json(200, {
    jointProjectId: joint.id,
    name: joint.name,
    assessment: disclosedAssessment(assessJoint(joint.sickLeaveTarget, figures), ownProject, rule),
    members: joint.members.map((m, i) => {
      const stored = statuses[i]?.value;
      return {
        municipalityNumber: m.municipalityNumber,
        municipalityName: m.municipalityName,
        applicationStatus: m.status,
        targetStatus: stored ? disclosedAssessment(stored, seesOwnFigures(principal, m.municipalityNumber), rule) : null,
      };
    }),
  });
});
