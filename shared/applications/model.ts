/**
 * Applications and participants: what this capability owns. An application's life: a draft is
 * completed and submitted; before a decision the municipality may withdraw it; the secretariat
 * admits or rejects it. An admission makes the municipality a participant of the cohort.
 * The wire schemas (contract.ts) derive their enums from the lists here, never the other way.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'admitted', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const FOCUS_AREAS = ['care', 'childhood-education'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export type ApplicationAction = 'update' | 'submit' | 'withdraw' | 'decide';

const ALLOWED: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  update: ['draft'],
  submit: ['draft'],
  withdraw: ['draft', 'submitted'],
  decide: ['submitted'],
};

/** Undefined when allowed; otherwise why not, in words for a problem response. */
export function applicationActionRefusal(status: ApplicationStatus, action: ApplicationAction): string | undefined {
  if (ALLOWED[action].includes(status)) return undefined;
  const what = { update: 'Only a draft can be changed', submit: 'Only a draft can be submitted', withdraw: 'An application can be withdrawn only before the decision', decide: 'Only a submitted application can be decided' }[action];
  return `${what}; this application is ${status}`;
}

/**
 * Tripartite cooperation ("trepartssamarbeid"): a participant must secure representation of
 * elected officials, management and the employees' organisations in the steering of its work.
 */
export const STEERING_ROLES = ['elected-official', 'management', 'union-representative'] as const;
export type SteeringRole = (typeof STEERING_ROLES)[number];

/** The parties missing from a steering group, in a fixed order (empty when all three are there). */
export function missingSteeringParties(members: readonly { role: SteeringRole }[]): SteeringRole[] {
  const present = new Set(members.map((m) => m.role));
  return STEERING_ROLES.filter((role) => !present.has(role));
}

/**
 * Members one joint application may name: each takes its application and guard items and its
 * ApplicationSubmitted in the outbox (3), beside the joint application, the cohort's check, the
 * project leader's address and the joint event — 10 members stay well within DynamoDB's 100 items.
 */
export const MAX_JOINT_MEMBERS = 10;

/** The municipality that applies, as the application records it. */
export interface ApplicantMunicipality {
  readonly number: string;
  readonly name: string;
}

/** A person to write to (the project leader); contract.ts's `Contact` schema is checked against it. */
export interface ContactPerson {
  name: string;
  email: string;
  phone?: string | undefined;
}

/** The obligatory sick-leave reduction target; contract.ts's `SickLeaveTarget` schema is checked against it. */
export interface SickLeaveCommitment {
  baselineYear: number;
  baselinePercentage: number;
  targetPercentage: number;
  targetDate: string;
}

/** A municipality admitted to a cohort, with the target and goals it committed to. */
export interface Participant {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly applicationId: string;
  readonly admittedOn: string;
  readonly projectLeader: ContactPerson;
  readonly focusAreas: FocusArea[];
  readonly sickLeaveTarget: SickLeaveCommitment;
  readonly goals: readonly string[];
  /** The joint project (one application of several municipalities) this participant is a member of. */
  readonly jointProject?: { readonly id: string; readonly name: string };
  readonly networkId?: string;
  readonly networkName?: string;
}
