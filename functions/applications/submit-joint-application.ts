import { randomUUID } from 'node:crypto';
import { callerKind, municipalityOf } from '#shared/platform/auth/principal.ts';
import { applicationsRepository, jointApplicationsRepository, submitJoint } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { emailConfirmationsRepository, enteredAddress } from '#shared/email-confirmations/index.ts';
import { submitJointApplication } from '#shared/applications/joint-routes.ts';

/**
 * POST /joint-applications: the members' applications and the joint application in one
 * transaction. A member the register does not know at the cohort's start, or one that already
 * applied to the cohort, refuses the whole (409 naming /members/{i}/municipalityNumber).
 */
export const handler = idempotentHttpHandler(submitJointApplication, async ({ body, principal, correlationId }) => {
  const own = municipalityOf(principal);
  if (own && !body.members.some((m) => m.municipalityNumber === own)) {
    throw refuse.invalid('A municipality applies jointly only as one of the members', [{ pointer: '/members', detail: `Your municipality ${own} is not among the members` }]);
  }
  const [cohort, municipalities, applied] = await Promise.all([
    cohortsRepository().get(body.cohortId),
    Promise.all(body.members.map((m) => municipalitiesRepository().get(m.municipalityNumber))),
    // Every member that applied already is named at once; the guards in the write still decide a race.
    Promise.all(body.members.map((m) => applicationsRepository().inCohort(body.cohortId, m.municipalityNumber))),
  ]);
  const ineligible = body.members.flatMap((member, i) => {
    const municipality = municipalities[i];
    const pointer = `/members/${i}/municipalityNumber`;
    if (!municipality) return [{ pointer, detail: `The register has no municipality ${member.municipalityNumber}` }];
    if (applied[i]) return [{ pointer, detail: `${municipality.name} already applied to this cohort` }];
    const absent = cohort && notInRegisterAtStart(municipality, cohort.value);
    return absent ? [{ pointer, detail: absent }] : [];
  });
  if (ineligible.length > 0) throw refuse.conflict(`${ineligible.length} member(s) cannot apply to this cohort`, ineligible);

  const now = new Date();
  const submitted = submitJoint(body, {
    id: randomUUID(),
    municipalities: municipalities.map((m) => m!),
    applicationIds: body.members.map(() => randomUUID()),
    by: principal!.subject,
    correlationId,
    now,
  });
  // The project leader's address is typed once, for every member: confirmed before the receipts go out.
  const leader = enteredAddress(
    { address: body.projectLeader.email, by: callerKind(principal!), municipalityNumber: body.projectLeader.municipalityNumber, typedIn: 'application' },
    { correlationId, now },
  );
  await jointApplicationsRepository().insert({ ...submitted, events: [...submitted.events, ...leader.events] }, [emailConfirmationsRepository().enteredAddressStep(leader.state, now)]);
  return json(201, { ...submitted.joint, members: submitted.joint.members.map((m) => ({ ...m, status: 'submitted' as const })) }, { location: `/joint-applications/${submitted.joint.id}` });
});
