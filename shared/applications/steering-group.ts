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
